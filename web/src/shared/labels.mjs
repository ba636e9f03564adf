// Category names for people, and the order the page lists them in.
export const CATEGORIES = ['actor', 'weapon', 'place', 'time'];
export const CATEGORY_LABEL = { actor: 'Actors', weapon: 'Weapons', place: 'Places', time: 'Times' };
export const CATEGORY_SINGULAR = { actor: 'actor', weapon: 'weapon', place: 'place', time: 'time' };
export const TYPES = {
  actor: ['person', 'organization', 'country', 'group'],
  weapon: ['firearm', 'artillery', 'munition', 'missile', 'rocket', 'drone', 'aircraft', 'armoured_vehicle',
    'vessel', 'air_defence', 'explosive', 'nuclear', 'chemical_biological', 'weapon'],
  place: ['country', 'city', 'region', 'location', 'facility'],
};

/** "1 mention", "2 mentions", "1,234 entities". */
export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function typeLabel(type) {
  return String(type || '').replace(/_/g, ' ');
}

/** Pages about an entity: [{ label: 'Wikidata Q159', href }]. */
export function entityLinks(ids = {}) {
  const links = [];
  if (/^\d+$/.test(String(ids.geonames ?? ''))) links.push({ label: `GeoNames ${ids.geonames}`, href: `https://www.geonames.org/${ids.geonames}` });
  if (/^Q\d+$/.test(String(ids.wikidata ?? ''))) links.push({ label: `Wikidata ${ids.wikidata}`, href: `https://www.wikidata.org/wiki/${ids.wikidata}` });
  return links;
}

/** "iso3166 RU, geonames 2017370" */
export function idsLabel(ids) {
  return Object.entries(ids || {}).map(([k, v]) => `${k} ${v}`).join(', ');
}
