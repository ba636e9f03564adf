// Renders the annotated article in blocks of a few paragraphs, a time slice at a
// time, so a 1 MB text never blocks the page. Blocks off screen cost no layout
// (content-visibility in style.css).
import { pieces } from '../shared/segments.mjs';
import { renderRange, spansOf } from '../shared/render-range.mjs';

const BLOCK_CHARS = 2000, SLICE_MS = 40;

/** Block boundaries after a line break, never inside a sentence. */
function blockCuts(text, sentences) {
  const cuts = [0];
  let si = 0, from = 0;
  while (from + BLOCK_CHARS < text.length) {
    let cut = text.indexOf('\n', from + BLOCK_CHARS) + 1;
    for (;;) {
      if (cut <= 0) return cuts;
      while (si < sentences.length && sentences[si].end <= cut) si++;
      if (si >= sentences.length || sentences[si].start >= cut) break;
      cut = text.indexOf('\n', sentences[si].end) + 1;
    }
    cuts.push(cut);
    from = cut;
  }
  return cuts;
}

const nextTask = () => new Promise((ok) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = ok;
  channel.port2.postMessage(0);
});

/**
 * Fills `out` with the article. Returns { done, marks, triggers, cancel }: done
 * resolves when every block is in; marks[i] lists mention i's elements.
 */
export function renderArticle(out, text, result) {
  const sentences = result.sentences || [];
  let cuts, pcs;
  const marks = (result.mentions || []).map(() => []);
  const triggers = (result.events || []).map(() => []);
  const onMark = (mark, span) => (span.kind === 'trigger' ? triggers : marks)[span.i].push(mark);
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
  return { done, marks, triggers, cancel() { cancelled = true; } };
}
