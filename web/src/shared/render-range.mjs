// Renders text with nested <mark>s, as text nodes only: article text never goes
// through an HTML parser. Shared by the page and the <article-annotator> element.

const isSpan = (s) => s && typeof s.start === 'number' && s.end > s.start;

/** A result's mentions as spans for pieces(). */
export function mentionSpans(result) {
  return (result.mentions || []).map((m, i) => ({ start: m.start, end: m.end, category: m.category, type: m.type, i, kind: 'mention' }));
}

/**
 * Mentions, event triggers and the words of event arguments that are no
 * mention ("civilians") or more than their mention ("governo del Niger") as spans
 * for pieces(); triggers and arguments stay unmarked until their event is lit.
 */
export function spansOf(result) {
  const spans = mentionSpans(result);
  (result.events || []).forEach((ev, i) => {
    if (isSpan(ev.trigger)) spans.push({ start: ev.trigger.start, end: ev.trigger.end, i, kind: 'trigger' });
    for (const arg of ev.arguments || []) {
      // (and the words around a mention when the argument is wider: "Shahed-type drones")
      const m = typeof arg.mention === 'number' ? (result.mentions || [])[arg.mention] : null;
      if (isSpan(arg) && (!m || m.start !== arg.start || m.end !== arg.end)) {
        spans.push({ start: arg.start, end: arg.end, i, kind: 'arg' });
      }
    }
  });
  return spans;
}

/** A <mark> (or `tag`: the embed's own element) for one span. */
export function makeMark(doc, span, depth, tag = 'mark') {
  const mark = doc.createElement(tag);
  if (span.kind === 'trigger' || span.kind === 'arg') {
    mark.className = span.kind === 'trigger' ? 'aa-trg' : 'aa-arg';
    mark.setAttribute('data-e', span.i);
  } else {
    mark.className = `aa-m aa-${span.category}${depth ? ` aa-d${Math.min(depth, 3)}` : ''}`;
    mark.setAttribute('data-m', span.i);
    if (span.type) mark.setAttribute('data-t', span.type.replace(/_/g, ' '));
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
