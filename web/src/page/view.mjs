// What the panels share about the current annotation: the text, the result,
// the rendered marks, and how to bring a mention into view.
import { CATEGORIES } from '../shared/labels.mjs';

export function makeView(text, result, rendered) {
  const entities = new Map((result.entities || []).map((e) => [e.id, e]));
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  for (const m of result.mentions || []) counts[m.category] = (counts[m.category] || 0) + 1;
  return { text, result, entities, counts, marks: rendered.marks, triggers: rendered.triggers,
    argMarks: rendered.argMarks || [] };
}

export function focusMark(mark) {
  if (!mark) return;
  mark.tabIndex = -1;
  mark.scrollIntoView({ block: 'center', behavior: 'instant' });
  mark.focus({ preventScroll: true });
  mark.classList.remove('flash');
  void mark.offsetWidth;  // restarts the animation
  mark.classList.add('flash');
}

/** Steps through an entity's mentions, one per call. */
export function stepper(view) {
  const next = new Map();
  return (entity) => {
    const list = entity.mentions || [];
    if (!list.length) return null;
    const n = next.get(entity.id) || 0;
    next.set(entity.id, (n + 1) % list.length);
    focusMark(view.marks[list[n]]?.[0]);
    return { index: n, total: list.length };
  };
}
