// CSV of a result's entities and of its events (RFC 4180). Cells that a
// spreadsheet would read as a formula get a leading apostrophe: article text
// must never run as one.
import { entityLinks } from './labels.mjs';
import { argumentsByRole, argumentName, eventText } from './events-text.mjs';

const ENTITY_COLUMNS = ['id', 'category', 'type', 'name', 'mentions', 'iso3166', 'geonames', 'wikidata', 'lat', 'lon', 'links', 'texts'];
const EVENT_COLUMNS = ['id', 'type', 'mode', 'label', 'modality', 'trigger', 'start', 'end', 'sentence', 'actor', 'recipient',
  'instrument', 'location', 'time', 'time_value', 'dead', 'injured', 'source', 'confidence', 'summary'];

function cell(value) {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const table = (columns, rows) => [columns, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';

export function entitiesCsv(result) {
  return table(ENTITY_COLUMNS, (result.entities || []).map((e) => {
    const texts = [...new Set((e.mentions || []).map((i) => result.mentions[i]?.text))].join(' | ');
    const [lat, lon] = e.coordinates || [];
    const links = entityLinks(e.ids).map((l) => l.href).join(' ');
    return [e.id, e.category, e.type, e.name, (e.mentions || []).length, e.ids?.iso3166, e.ids?.geonames, e.ids?.wikidata,
      lat, lon, links, texts];
  }));
}

export function eventsCsv(result) {
  return table(EVENT_COLUMNS, (result.events || []).map((ev) => {
    const by = argumentsByRole(result, ev);
    return [ev.id, ev.type, (ev.mode || []).join(' | '), ev.label, ev.modality, ev.trigger?.text, ev.trigger?.start, ev.trigger?.end,
      ev.sentence, by.actor.join(' | '), by.recipient.join(' | '), by.instrument.join(' | '), by.location.join(' | '),
      by.time.join(' | '), ev.time?.value, ev.dead, ev.injured, ev.source ? argumentName(result, ev.source) : '', ev.confidence,
      eventText(result, ev)];
  }));
}
