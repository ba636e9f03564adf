// In-place highlighting of existing markup. The element's text is read through
// its text nodes (textOfDom), so a mention that crosses <a>, <em> ... is wrapped
// piece by piece inside each of them: links, listeners and element identity
// survive. Every split is recorded, so clear() puts back the very same nodes
// with their original text: innerHTML is restored byte for byte.
import { textOfDom } from '../shared/text-of-dom.mjs';
import { pieces } from '../shared/segments.mjs';
import { makeMark } from '../shared/render-range.mjs';

const state = new WeakMap();  // element -> { marks, splits: Map(text node -> { data, created }) }

export function isHighlighted(element) {
  return state.has(element);
}

/** Wraps result's mentions (offsets into `text` from textOfDom(element)) in marks. */
export function wrapMentions(element, { runs }, result, titleOf) {
  const spans = (result.mentions || []).map((m, i) => ({ start: m.start, end: m.end, category: m.category, i, kind: 'mention' }));
  const pcs = pieces(spans);
  const lengths = runs.map((r) => r.node.data.length);
  const marks = [], splits = new Map();
  const split = (node, at) => {
    if (!splits.has(node)) splits.set(node, { data: node.data, created: [] });
    const tail = node.splitText(at);
    splits.get(node).created.push(tail);
    return tail;
  };
  // Back to front: the original node always still holds everything before the
  // current piece, so run offsets stay valid.
  let r = runs.length - 1;
  for (let p = pcs.length - 1; p >= 0; p--) {
    const { start, end, stack } = pcs[p];
    while (r >= 0 && runs[r].start >= end) r--;
    for (let q = r; q >= 0 && runs[q].start + lengths[q] > start; q--) {
      const node = runs[q].node;
      const s = Math.max(start, runs[q].start) - runs[q].start;
      const e = Math.min(end, runs[q].start + lengths[q]) - runs[q].start;
      if (e <= s) continue;
      if (e < node.data.length) split(node, e);
      const piece = s > 0 ? split(node, s) : node;
      let host = null;
      stack.forEach((span, depth) => {
        const mark = makeMark(element.ownerDocument, span, depth);
        const title = titleOf(span.i);
        if (title) mark.title = title;
        marks.push(mark);
        if (host) host.append(mark); else piece.parentNode.insertBefore(mark, piece);
        host = mark;
      });
      host.append(piece);
    }
  }
  state.set(element, { marks, splits });
  return marks.length;
}

export function clearMarks(element) {
  const s = state.get(element);
  if (!s) return false;
  for (const mark of s.marks) mark.replaceWith(...mark.childNodes);
  for (const [node, { data, created }] of s.splits) {
    for (const c of created) c.remove();
    node.data = data;
  }
  state.delete(element);
  return true;
}

export { textOfDom };
