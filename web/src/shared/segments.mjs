// Cuts possibly nested or overlapping spans into disjoint pieces. Each piece
// lists the spans covering it, outermost (longest) first, so a renderer can wrap
// the piece in one element per span and every span stays visible and clickable.
//   pieces([{start: 0, end: 14, ...}, {start: 10, end: 14, ...}], cuts?)
//   -> [{start: 0, end: 10, stack: [a]}, {start: 10, end: 14, stack: [a, b]}]
// `cuts` are extra boundaries (block edges) that no piece may cross.
export function pieces(spans, cuts = []) {
  const live = spans.filter((s) => s.end > s.start);
  const points = new Set(cuts);
  for (const s of live) { points.add(s.start); points.add(s.end); }
  const xs = [...points].sort((a, b) => a - b);
  const byStart = live.map((s, order) => ({ s, order })).sort((a, b) => a.s.start - b.s.start || a.order - b.order);
  const out = [];
  let active = [], k = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    const a = xs[i], b = xs[i + 1];
    if (active.length) active = active.filter((x) => x.s.end > a);
    while (k < byStart.length && byStart[k].s.start <= a) {
      if (byStart[k].s.end > a) active.push(byStart[k]);
      k++;
    }
    if (active.length) out.push({ start: a, end: b, stack: active.slice().sort(outerFirst).map((x) => x.s) });
  }
  return out;
}

function outerFirst(x, y) {
  return (y.s.end - y.s.start) - (x.s.end - x.s.start) || x.s.start - y.s.start || x.order - y.order;
}
