// Shared by the page and embed tests: counting highlights in a page and
// mentions in the core's result, per category.
export function countsOf(result) {
  const counts = { actor: 0, weapon: 0, place: 0, time: 0 };
  for (const m of result.mentions) counts[m.category]++;
  return counts;
}

/** Distinct highlighted mentions per category under `selector`, read in the page. */
export function highlightCounts(page, selector) {
  return page.evaluate((sel) => {
    const seen = { actor: new Set(), weapon: new Set(), place: new Set(), time: new Set() };
    for (const mark of document.querySelectorAll(`${sel} mark.aa-m`)) {
      const category = ['actor', 'weapon', 'place', 'time'].find((c) => mark.classList.contains(`aa-${c}`));
      seen[category].add(mark.dataset.m);
    }
    return Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, v.size]));
  }, selector);
}

/** For each mention, the text of its marks in document order (should equal its text). */
export function markedTexts(page, selector) {
  return page.evaluate((sel) => {
    const texts = {};
    for (const mark of document.querySelectorAll(`${sel} mark.aa-m`)) texts[mark.dataset.m] = (texts[mark.dataset.m] || '') + mark.textContent;
    return texts;
  }, selector);
}
