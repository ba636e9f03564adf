// Shared by the page and embed tests: counting highlights in a page and
// mentions in the core's result, per category; waiting for the page's result.
export function countsOf(result) {
  const counts = { actor: 0, weapon: 0, place: 0, time: 0 };
  for (const m of result.mentions) counts[m.category]++;
  return counts;
}

/** Distinct highlighted mentions per category under `selector`, read in the page. */
export function highlightCounts(page, selector) {
  return page.evaluate((sel) => {
    const seen = { actor: new Set(), weapon: new Set(), place: new Set(), time: new Set() };
    for (const mark of document.querySelectorAll(`${sel} .aa-m`)) {
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
    for (const mark of document.querySelectorAll(`${sel} .aa-m`)) texts[mark.dataset.m] = (texts[mark.dataset.m] || '') + mark.textContent;
    return texts;
  }, selector);
}

/**
 * The result of the annotation `action` starts. The page marks the article
 * aria-busy from the start of an annotation to its end, and drops stale ones, so
 * waiting for "not busy and a result" waits for the last request's result, not
 * for one an earlier event (a language change) started.
 */
export async function nextResult(page, action) {
  await page.evaluate(() => { window.lastResult = undefined; });
  await action();
  await page.waitForFunction(() => window.lastResult !== undefined && !document.getElementById('output').hasAttribute('aria-busy'),
    null, { timeout: 60000 });
  return page.evaluate(() => window.lastResult);
}

