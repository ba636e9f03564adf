// CSV of a result's entities (RFC 4180). Cells that a spreadsheet would read as
// a formula get a leading apostrophe: article text must never run as one.
const COLUMNS = ['id', 'category', 'type', 'name', 'mentions', 'iso3166', 'geonames', 'lat', 'lon', 'texts'];

function cell(value) {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function entitiesCsv(result) {
  const rows = [COLUMNS.join(',')];
  for (const e of result.entities || []) {
    const texts = [...new Set((e.mentions || []).map((i) => result.mentions[i]?.text))].join(' | ');
    const [lat, lon] = e.coordinates || [];
    rows.push([e.id, e.category, e.type, e.name, (e.mentions || []).length, e.ids?.iso3166, e.ids?.geonames, lat, lon, texts]
      .map(cell).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
