// The event list in plain words, filterable by category; a click lights the
// event's trigger and every argument in the text (mentions, and the words of
// arguments that are no mention) and brings the trigger into view.
import { eventText } from '../shared/events-text.mjs';
import { plural } from '../shared/labels.mjs';
import { empty } from './entities.mjs';
import { focusMark } from './view.mjs';

const capitalised = (type) => String(type).charAt(0) + String(type).slice(1).toLowerCase();

/** Every element to light for event j. */
export function eventMarks(view, j) {
  const ev = view.result.events[j];
  const mentions = (ev.arguments || []).map((a) => a.mention);
  if (typeof ev.time?.mention === 'number') mentions.push(ev.time.mention);
  return [...(view.triggers[j] || []), ...(view.argMarks[j] || []),
    ...mentions.flatMap((i) => (typeof i === 'number' ? view.marks[i] || [] : []))];
}

const SLICE = 200;  // events drawn per task: a long article's thousands never block the page
const nextTask = () => new Promise((ok) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = ok;
  channel.port2.postMessage(0);
});

export function renderEvents(box, view) {
  const events = view.result.events || [];
  if (!events.length) { box.replaceChildren(empty('No events found.')); return; }
  let lit = [];
  const item = (ev, j) => {
    const li = document.createElement('li');
    li.dataset.type = ev.type;
    li.hidden = Boolean(filter.value) && ev.type !== filter.value;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'event';
    const tag = Object.assign(document.createElement('span'), { className: 'event-type', textContent: capitalised(ev.type) });
    const text = Object.assign(document.createElement('span'), { className: 'event-text', textContent: eventText(view.result, ev) });
    button.append(tag, ' ', text);
    button.addEventListener('click', () => {
      for (const el of lit) el.classList.remove('lit');
      lit = eventMarks(view, j);
      for (const el of lit) el.classList.add('lit');
      focusMark(view.triggers[j]?.[0] || lit[0]);
    });
    li.append(button);
    return li;
  };
  const list = document.createElement('ol');
  list.className = 'event-list';

  const counts = new Map();
  for (const ev of events) counts.set(ev.type, (counts.get(ev.type) || 0) + 1);
  const filter = document.createElement('select');
  filter.id = 'event-filter';
  filter.append(new Option(`All categories (${events.length})`, ''),
    ...[...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type, n]) => new Option(`${capitalised(type)} (${n})`, type)));
  filter.addEventListener('change', () => {
    for (const li of list.children) li.hidden = Boolean(filter.value) && li.dataset.type !== filter.value;
  });
  const label = Object.assign(document.createElement('label'), { className: 'event-filter' });
  label.append('Show ', filter);
  const summary = Object.assign(document.createElement('p'), { className: 'hint', textContent: `${plural(events.length, 'event')}; a click marks its words in the article.` });
  box.replaceChildren(label, summary, list);
  list.append(...events.slice(0, SLICE).map((ev, j) => item(ev, j)));
  (async () => {
    for (let from = SLICE; from < events.length && list.isConnected; from += SLICE) {
      await nextTask();
      list.append(...events.slice(from, from + SLICE).map((ev, k) => item(ev, from + k)));
    }
  })();
}
