// What a mention's details say (the page's and the embed's tooltips):
// [{ text } | { links: [{ label, href }] }], the first line the heading.
import { CATEGORY_SINGULAR, entityLinks, idsLabel, typeLabel } from './labels.mjs';
import { eventLabel } from './events-text.mjs';

/** The events an entity (or a lone mention) takes part in: [{ event, role }]. */
export function eventsOfMentions(result, mentions) {
  const wanted = new Set(mentions);
  const out = [];
  (result.events || []).forEach((ev, j) => {
    const roles = new Set((ev.arguments || []).filter((a) => wanted.has(a.mention)).map((a) => a.role));
    for (const role of roles) out.push({ event: j, role });
  });
  return out;
}

export function describeMention(result, i) {
  const m = result.mentions[i];
  const entity = (result.entities || []).find((e) => e.id === m.entity);
  const lines = [{ text: [`${CATEGORY_SINGULAR[m.category] || m.category}`, typeLabel(m.type)].filter(Boolean).join(' · ') }];
  if (entity?.name) lines.push({ text: `Name: ${entity.name}` });
  const ids = idsLabel(entity?.ids);
  if (ids) lines.push({ text: `Ids: ${ids}` });
  if (entity?.coordinates) lines.push({ text: `Coordinates: ${entity.coordinates.map((x) => x.toFixed(2)).join(', ')}` });
  const events = eventsOfMentions(result, entity?.mentions || [i]);
  if (events.length) lines.push({ text: `Events: ${events.map((x) => `${eventLabel(result.events[x.event])} (${typeLabel(x.role)})`).join(', ')}` });
  const links = entityLinks(entity?.ids);
  if (links.length) lines.push({ links });
  return lines;
}
