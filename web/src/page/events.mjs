// The event list; a click marks the event's trigger and arguments in the text.
import { typeLabel } from '../shared/labels.mjs';
import { empty } from './entities.mjs';
import { focusMark } from './view.mjs';

export function renderEvents(box, view) {
  const events = view.result.events || [];
  if (!events.length) { box.replaceChildren(empty('No events found.')); return; }
  let lit = [];
  const list = document.createElement('ol');
  list.className = 'event-list';
  list.append(...events.map((ev, j) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'event';
    const title = document.createElement('strong');
    title.textContent = `${typeLabel(ev.type)}${ev.trigger?.text ? `: “${ev.trigger.text}”` : ''}`;
    button.append(title);
    for (const arg of ev.arguments || []) {
      const m = view.result.mentions[arg.mention];
      const line = document.createElement('span');
      line.className = `arg aa-${m?.category}-key`;
      line.textContent = `${typeLabel(arg.role)}: ${m ? m.text : '?'}`;
      button.append(line);
    }
    button.addEventListener('click', () => {
      for (const el of lit) el.classList.remove('lit');
      const args = (ev.arguments || []).flatMap((a) => view.marks[a.mention] || []);
      lit = [...(view.triggers[j] || []), ...args];
      for (const el of lit) el.classList.add('lit');
      focusMark(view.triggers[j]?.[0] || args[0]);
    });
    li.append(button);
    return li;
  }));
  box.replaceChildren(list);
}
