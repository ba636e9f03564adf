// Events in plain words, for the Events panel, tooltips and the CSV export:
//   "Russia → request → North Korea: artillery shell · hypothetical"
import { typeLabel } from './labels.mjs';

const ROLES = ['actor', 'recipient', 'instrument', 'location', 'time'];

/** The name a reader knows an argument by: its entity's name, else the words. */
export function argumentName(result, arg) {
  const mention = typeof arg?.mention === 'number' ? result.mentions?.[arg.mention] : null;
  const entity = mention && (result.entities || []).find((e) => e.id === mention.entity);
  return entity?.name || mention?.text || arg?.text || '';
}

/** { actor: ['Russia'], recipient: [...], ... }: the argument names by role, each once. */
export function argumentsByRole(result, ev) {
  const out = Object.fromEntries(ROLES.map((r) => [r, []]));
  for (const arg of ev.arguments || []) {
    const name = argumentName(result, arg);
    const list = out[arg.role] || (out[arg.role] = []);
    if (name && !list.includes(name)) list.push(name);
  }
  if (ev.time?.text && !out.time.length) out.time.push(ev.time.text);
  return out;
}

export function eventLabel(ev) {
  return ev.label || typeLabel(String(ev.type || '').toLowerCase());
}

export function eventText(result, ev) {
  const by = argumentsByRole(result, ev);
  const join = (list) => list.join(', ');
  let text = [join(by.actor), eventLabel(ev), join(by.recipient)].filter(Boolean).join(' → ');
  if (by.instrument.length) text += `: ${join(by.instrument)}`;
  const details = [];
  if (by.location.length) details.push(`in ${join(by.location)}`);
  if (by.time.length) details.push(join(by.time));
  if (ev.dead != null) details.push(`${ev.dead} dead`);
  if (ev.injured != null) details.push(`${ev.injured} injured`);
  if (ev.modality && ev.modality !== 'asserted') details.push(ev.modality);
  if (ev.source) details.push(`according to ${argumentName(result, ev.source)}`);
  return [text, ...details].join(' · ');
}
