// Renders the annotated article in blocks of a few paragraphs, a time slice at a
// time, so a 1 MB text never blocks the page. Blocks off screen cost no layout
// (content-visibility in style.css).
import { pieces } from '../shared/segments.mjs';
import { renderRange, spansOf } from '../shared/render-range.mjs';

const BLOCK_CHARS = 2000, SLICE_MS = 40;

/**
 * Block boundaries: after a line break outside any sentence, so a paragraph of
 * up to ten blocks' length stays whole (the last one too); in a longer one,
 * after a sentence and the spaces after it, else after a space (the block edge
 * then shows as a line break: better than a frozen page).
 */
export function blockCuts(text, sentences) {
  const far = 10 * BLOCK_CHARS;
  const inSentence = (pos) => {
    let lo = 0, hi = sentences.length;  // first sentence ending after pos
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sentences[mid].end <= pos) lo = mid + 1; else hi = mid; }
    return lo < sentences.length && sentences[lo].start < pos ? lo : -1;
  };
  const lineCut = (from) => {
    for (let at = from + BLOCK_CHARS; ;) {
      const cut = text.indexOf('\n', at) + 1 || text.length;
      if (cut - from > far) return 0;
      const s = inSentence(cut);
      if (s < 0) return cut;
      at = sentences[s].end;
    }
  };
  const sentenceCut = (from) => {
    const s = inSentence(from + BLOCK_CHARS);
    let cut = s < 0 ? 0 : sentences[s].end;
    while (cut && /[ \t]/.test(text[cut] || '')) cut++;
    return cut > from && cut - from <= far && cut < text.length ? cut : 0;
  };
  const spaceCut = (from) => {
    const space = text.indexOf(' ', from + BLOCK_CHARS);
    if (space >= 0 && space - from <= far) return space + 1;
    const cut = from + BLOCK_CHARS;
    return (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800 ? cut + 1 : cut;
  };
  const cuts = [0];
  for (let from = 0; text.length - from > BLOCK_CHARS;) {
    from = lineCut(from) || sentenceCut(from) || spaceCut(from);
    if (from >= text.length) break;
    cuts.push(from);
  }
  return cuts;
}

const nextTask = () => new Promise((ok) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = ok;
  channel.port2.postMessage(0);
});

/**
 * Fills `out` with the article. Returns { done, marks, triggers, argMarks, cancel }:
 * done resolves when every block is in; marks[i] lists mention i's elements,
 * triggers[j] and argMarks[j] event j's trigger and mention-less arguments.
 */
export function renderArticle(out, text, result) {
  const sentences = result.sentences || [];
  let cuts, pcs;
  const marks = (result.mentions || []).map(() => []);
  const triggers = (result.events || []).map(() => []);
  const argMarks = (result.events || []).map(() => []);
  const lists = { mention: marks, trigger: triggers, arg: argMarks };
  const onMark = (mark, span) => lists[span.kind][span.i].push(mark);
  let cancelled = false, bi = 0, si = 0, k = 0;

  function renderBlock(from, to) {
    const block = document.createElement('div');
    block.className = 'blk';
    let pos = from;
    for (; si < sentences.length && sentences[si].start < to; si++) {
      const s = sentences[si];
      if (s.start > pos) k = renderRange(block, text, pos, s.start, pcs, k, onMark);
      const span = document.createElement('span');
      span.className = 'sentence';
      k = renderRange(span, text, s.start, Math.min(s.end, to), pcs, k, onMark);
      block.append(span);
      pos = Math.min(s.end, to);
    }
    if (pos < to) k = renderRange(block, text, pos, to, pcs, k, onMark);
    return block;
  }

  out.replaceChildren();
  const done = (async () => {
    // Receiving a large result was one task already: lay out in the next ones.
    await nextTask();
    cuts = blockCuts(text, sentences);
    pcs = pieces(spansOf(result));
    await nextTask();
    while (bi < cuts.length && !cancelled) {
      const deadline = performance.now() + SLICE_MS;
      const fragment = document.createDocumentFragment();
      do {
        const to = bi + 1 < cuts.length ? cuts[bi + 1] : text.length;
        fragment.append(renderBlock(cuts[bi], to));
        bi++;
      } while (bi < cuts.length && performance.now() < deadline);
      out.append(fragment);
      if (bi < cuts.length) await nextTask();
    }
    return !cancelled;
  })();
  return { done, marks, triggers, argMarks, cancel() { cancelled = true; } };
}
