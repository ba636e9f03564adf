// Renders text with nested <mark>s, as text nodes only: article text never goes
// through an HTML parser. Shared by the page and the <article-annotator> element.

/** Mentions and event triggers of a result as spans for pieces(). */
export function spansOf(result) {
  const spans = (result.mentions || []).map((m, i) => ({ start: m.start, end: m.end, category: m.category, i, kind: 'mention' }));
  (result.events || []).forEach((ev, i) => {
    const t = ev.trigger;
    if (t && typeof t.start === 'number' && t.end > t.start) spans.push({ start: t.start, end: t.end, i, kind: 'trigger' });
  });
  return spans;
}

export function makeMark(doc, span, depth) {
  const mark = doc.createElement('mark');
  if (span.kind === 'trigger') {
    mark.className = 'aa-trg';
    mark.setAttribute('data-e', span.i);
  } else {
    mark.className = `aa-m aa-${span.category}${depth ? ` aa-d${Math.min(depth, 3)}` : ''}`;
    mark.setAttribute('data-m', span.i);
  }
  return mark;
}

/**
 * Appends text[from, to) to parent; pcs[k...] are the sorted pieces. Returns the
 * index of the first piece not fully rendered (a piece crossing `to` is cut
 * there and its rest kept for the next call). onMark(mark, span).
 */
export function renderRange(parent, text, from, to, pcs, k, onMark) {
  const doc = parent.ownerDocument;
  let pos = from;
  for (; k < pcs.length && pcs[k].start < to; k++) {
    let p = pcs[k];
    if (p.end > to) {
      pcs[k] = { ...p, start: to };
      p = { ...p, end: to };
      k--;
    }
    if (p.start > pos) parent.append(text.slice(pos, p.start));
    let host = parent;
    p.stack.forEach((span, depth) => {
      const mark = makeMark(doc, span, depth);
      onMark?.(mark, span);
      host.append(mark);
      host = mark;
    });
    host.append(text.slice(p.start, p.end));
    pos = p.end;
  }
  if (pos < to) parent.append(text.slice(pos, to));
  return k;
}
