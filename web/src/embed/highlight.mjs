// In-place highlighting of existing markup. The element's text is read through
// its text nodes (textOfDom), so a mention that crosses <a>, <em> ... is wrapped
// piece by piece inside each of them: links, listeners and element identity
// survive. The marks are <aa-mark> elements, which no host rule on `mark`
// reaches. Every split is recorded, so clear() puts back the very same nodes
// with their original text (innerHTML restored byte for byte), unless that text
// was changed meanwhile: changed text is kept as it is, never dropped.
import { textOfDom } from '../shared/text-of-dom.mjs';
import { pieces } from '../shared/segments.mjs';
import { makeMark, mentionSpans } from '../shared/render-range.mjs';

export const MARK_TAG = 'aa-mark';
const state = new WeakMap();  // element -> { marks, splits: Map(text node -> { data, created }) }

export function isHighlighted(element) {
  return state.has(element);
}

/** The element's mention marks in text order. */
export function marksOf(element) {
  return state.get(element)?.marks.filter((m) => m.classList.contains('aa-m')).sort((a, b) => a.dataset.m - b.dataset.m) || [];
}

/** Wraps result's mentions (offsets into `text` from textOfDom(element)) in marks. */
export function wrapMentions(element, { runs }, result, { badges = false } = {}) {
  const pcs = pieces(mentionSpans(result));
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
        const mark = makeMark(element.ownerDocument, span, depth, MARK_TAG);
        if (badges) mark.classList.add('aa-badge');
        mark.tabIndex = -1;
        marks.push(mark);
        if (host) host.append(mark); else piece.parentNode.insertBefore(mark, piece);
        host = mark;
      });
      host.append(piece);
    }
  }
  state.set(element, { marks, splits });
  const first = marksOf(element)[0];
  if (first) first.tabIndex = 0;  // one tab stop per article; arrow keys move on
  return marks.length;
}

/** Whether the nodes of a split are still side by side and hold the original text. */
function intact(node, { data, created }) {
  const parts = [node, ...created].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (parts[0] !== node || !parts.every((p, k) => p.isConnected && (k === 0 || parts[k - 1].nextSibling === p))) return false;
  return parts.map((p) => p.data).join('') === data;
}

export function clearMarks(element) {
  const s = state.get(element);
  if (!s) return false;
  for (const mark of s.marks) mark.replaceWith(...mark.childNodes);
  for (const [node, split] of s.splits) {
    if (!intact(node, split)) continue;  // edited meanwhile: keep the text as it now is
    for (const c of split.created) c.remove();
    node.data = split.data;
  }
  state.delete(element);
  return true;
}

export { textOfDom };
