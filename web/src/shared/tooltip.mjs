// One tooltip for every mention mark (.aa-m) in a container: on hover, on
// keyboard focus and on a tap. It stays while its mark has focus or the pointer
// is over it, so its links can be reached; Enter on a focused mark moves into
// them, Escape closes it. Built from text nodes and links to fixed hosts only.
// Shared by the page and the embed.
import { describeMention } from './describe.mjs';

function lineElement(doc, line, n) {
  if (!line.links) return Object.assign(doc.createElement(n ? 'div' : 'strong'), { textContent: line.text });
  const div = doc.createElement('div');
  line.links.forEach(({ label, href }, k) => {
    const a = Object.assign(doc.createElement('a'), { href, textContent: label, target: '_blank', rel: 'noopener noreferrer' });
    div.append(...(k ? [' · ', a] : [a]));
  });
  return div;
}

/** resultOf(mark) -> the result the mark belongs to, or null (not ours). */
export function attachTooltip(container, tip, resultOf) {
  let current = null;
  const doc = tip.ownerDocument;
  function show(mark) {
    const result = resultOf(mark);
    if (!result) return;
    if (current && current !== mark) current.removeAttribute('aria-describedby');
    current = mark;
    tip.replaceChildren(...describeMention(result, Number(mark.dataset.m)).map((line, n) => lineElement(doc, line, n)));
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const width = tip.offsetWidth, height = tip.offsetHeight, view = doc.defaultView;
    const left = Math.max(4, Math.min(box.left, view.innerWidth - width - 4));
    // Touching the mark, so the pointer can move into the tip without leaving both.
    const top = box.bottom + height + 4 < view.innerHeight ? box.bottom : Math.max(4, box.top - height);
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
    mark.setAttribute('aria-describedby', tip.id);
  }
  function hide() {
    current?.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  }
  const markOf = (target) => {
    const mark = target?.closest?.('.aa-m');
    return mark && container.contains(mark) ? mark : null;
  };
  const focused = () => container.activeElement ?? doc.activeElement;  // a shadow root knows its own
  const keep = (node) => node && (tip.contains(node) || node === current);  // the tip stays while these are involved
  container.addEventListener('mouseover', (e) => { const m = markOf(e.target); if (m) show(m); });
  container.addEventListener('mouseout', (e) => {
    if (!current || markOf(e.relatedTarget) || keep(e.relatedTarget) || keep(focused())) return;
    hide();
  });
  tip.addEventListener('mouseleave', (e) => { if (!markOf(e.relatedTarget) && !keep(focused())) hide(); });
  container.addEventListener('focusin', (e) => { const m = markOf(e.target); if (m) show(m); else if (!keep(e.target)) hide(); });
  container.addEventListener('focusout', (e) => { if (current && !keep(e.relatedTarget)) hide(); });
  tip.addEventListener('focusout', (e) => { if (!keep(e.relatedTarget)) hide(); });
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current) {
      if (tip.contains(focused())) current.focus();
      hide();
      return;
    }
    const link = e.key === 'Enter' && current && markOf(e.target) === current ? tip.querySelector('a') : null;
    if (link) { e.preventDefault(); link.focus(); }
  });
  tip.addEventListener('keydown', (e) => { if (e.key === 'Escape') { current?.focus(); hide(); } });
  return { hide };
}
