// One tooltip for every mark: on hover and on keyboard focus. Built from text
// nodes only.
import { CATEGORY_SINGULAR, idsLabel, typeLabel } from '../shared/labels.mjs';
import { eventsOfEntity } from './view.mjs';

export function describeMention(view, i) {
  const m = view.result.mentions[i];
  const entity = view.entities.get(m.entity);
  const lines = [[`${CATEGORY_SINGULAR[m.category] || m.category}`, typeLabel(m.type)].filter(Boolean).join(' · ')];
  if (entity?.name) lines.push(`Name: ${entity.name}`);
  const ids = idsLabel(entity?.ids);
  if (ids) lines.push(`Ids: ${ids}`);
  if (entity?.coordinates) lines.push(`Coordinates: ${entity.coordinates.map((x) => x.toFixed(2)).join(', ')}`);
  const events = eventsOfEntity(view, entity ?? { mentions: [i] });
  if (events.length) lines.push(`Events: ${events.map((x) => `${typeLabel(view.result.events[x.event].type)} (${typeLabel(x.role)})`).join(', ')}`);
  return lines;
}

export function attachTooltip(output, tip, getView) {
  let current = null;
  function show(mark) {
    const view = getView();
    if (!view || !mark) return;
    current = mark;
    const lines = describeMention(view, Number(mark.dataset.m));
    tip.replaceChildren(...lines.map((line, n) => {
      const el = document.createElement(n ? 'div' : 'strong');
      el.textContent = line;
      return el;
    }));
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const width = tip.offsetWidth, height = tip.offsetHeight;
    const left = Math.max(4, Math.min(box.left, window.innerWidth - width - 4));
    const top = box.bottom + height + 8 < window.innerHeight ? box.bottom + 6 : Math.max(4, box.top - height - 6);
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
    mark.setAttribute('aria-describedby', tip.id);
  }
  function hide() {
    current?.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  }
  const markOf = (target) => target.closest?.('mark.aa-m');
  output.addEventListener('mouseover', (e) => { const m = markOf(e.target); if (m) show(m); });
  output.addEventListener('mouseout', (e) => { if (!e.relatedTarget?.closest?.('mark.aa-m')) hide(); });
  output.addEventListener('focusin', (e) => { const m = markOf(e.target); m ? show(m) : hide(); });
  output.addEventListener('focusout', hide);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  return { hide };
}
