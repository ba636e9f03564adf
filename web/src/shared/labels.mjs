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

export function typeLabel(type) {
  return String(type || '').replace(/_/g, ' ');
}

/** "iso3166 RU, geonames 2017370" */
export function idsLabel(ids) {
  return Object.entries(ids || {}).map(([k, v]) => `${k} ${v}`).join(', ');
}
