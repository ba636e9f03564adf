// The embeddable annotator on a CMS-like page, and under a strict CSP: in-place
// highlights that match the core, links and listeners that survive, idempotence,
// a byte-exact clear, one global, no requests beyond its own files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../tools/serve.mjs';
import { launchChromium } from './browser.mjs';
import { PAGE_DIR, WASM_MODULE } from './fixtures.mjs';
import { countsOf, highlightCounts, markedTexts } from './web-helpers.mjs';

const { load } = await import(WASM_MODULE);
const annotator = await load();

let server, browser, base;
before(async () => {
  server = await serve(PAGE_DIR, 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});
after(async () => { await browser?.close(); server?.close(); });

async function open(path) {
  const page = await browser.newPage();
  page.problems = [];
  page.requests = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  page.on('dialog', (d) => { page.problems.push(`dialog ${d.message()}`); d.dismiss(); });
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) page.problems.push(m.text()); });
  page.on('request', (r) => page.requests.push(r.url()));
  await page.goto(base + path);
  await page.evaluate(() => window.ArticleAnnotator.done);
  return page;
}

/** The story's innerHTML as the server sent it (parsed, never run). */
const pristine = (page, path) => page.evaluate(async (p) => {
  const html = await (await fetch(p)).text();
  return new DOMParser().parseFromString(html, 'text/html').getElementById('story').innerHTML;
}, path);

async function checkAgainstCore(page) {
  const text = await page.evaluate(() => ArticleAnnotator.textOf('#story'));
  const core = annotator.annotate(text, { lang: 'it' });
  assert.deepEqual(await page.evaluate(() => ArticleAnnotator.resultOf('#story')), core);
  assert.deepEqual(await highlightCounts(page, '#story'), countsOf(core));
  const texts = await markedTexts(page, '#story');
  core.mentions.forEach((m, i) => assert.equal(texts[i], m.text, `mention ${i}`));
  return core;
}

test('embed demo: highlights in place, links and listeners survive, idempotent, exact clear', async () => {
  const path = 'embed-demo.html';
  const page = await open(path);
  const original = await pristine(page, path);
  const core = await checkAgainstCore(page);
  assert.ok(core.mentions.length > 0, 'the demo article has mentions');
  assert.ok(core.events.length > 0, 'resultOf carries the events');
  const marked = await page.innerHTML('#story');
  assert.notEqual(marked, original);

  await page.evaluate(() => ArticleAnnotator.highlight('#story'));
  assert.equal(await page.innerHTML('#story'), marked, 'a second highlight adds nothing');

  await page.click('#story #host-button');
  assert.equal(await page.textContent('#host-clicks'), '1', 'host listener survives');
  const kievMarked = await page.locator('#link-kiev mark.aa-m').count() > 0;
  await page.click(kievMarked ? '#link-kiev mark.aa-m' : '#link-kiev');
  await page.waitForFunction(() => location.hash === '#kiev');

  await page.click('#demo-clear');
  assert.equal(await page.innerHTML('#story'), original, 'clear restores innerHTML byte for byte');
  await page.click('#demo-highlight');
  await page.waitForFunction(() => document.querySelector('#demo-status').textContent.includes('menzioni'));
  assert.equal(await page.innerHTML('#story'), marked);
  await page.click('#host-button');
  assert.equal(await page.textContent('#host-clicks'), '2');

  const factbox = await page.evaluate(async () => {
    const el = document.querySelector('article-annotator');
    const result = await el.result;
    return { text: el.shadowRoot.textContent, marks: el.shadowRoot.querySelectorAll('mark.aa-m').length, mentions: result.mentions.length };
  });
  assert.equal(factbox.mentions, annotator.annotate(factbox.text, { lang: 'it' }).mentions.length);
  assert.ok(factbox.marks >= factbox.mentions);

  const term = { text: 'zorblaxite', category: 'weapon', type: 'explosive' };
  const withTerm = await page.evaluate((t) => ArticleAnnotator.annotate('Hanno usato la zorblaxite a Kiev.', { lang: 'it', terms: [t] }), term);
  const coreWithTerm = (await load({ terms: [term] })).annotate('Hanno usato la zorblaxite a Kiev.', { lang: 'it' });
  assert.deepEqual(withTerm, coreWithTerm, 'embed terms option reaches the core');

  const esm = await page.evaluate(async () => { const m = await import('./annotator.mjs'); return m.highlight === window.ArticleAnnotator.highlight; });
  assert.ok(esm, 'annotator.mjs exports the same API');
  await page.screenshot({ path: `${PAGE_DIR}/../screenshots/embed-demo.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('embed under CSP default-src self: works, styles apply, one global, no foreign requests, text stays text', async () => {
  const blank = await browser.newPage();
  await blank.goto(`${base}no-such-page.txt`);
  const baseline = new Set(await blank.evaluate(() => Object.keys(window)));
  await blank.close();

  const path = 'embed-csp.html';
  const page = await open(path);
  const response = await page.request.get(base + path);
  assert.match(response.headers()['content-security-policy'], /default-src 'self'/);
  const core = await checkAgainstCore(page);
  if (core.mentions.length) {
    const background = await page.$eval('#story .aa-m', (m) => getComputedStyle(m).backgroundColor);
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'adopted stylesheet applies under CSP');
  }
  const added = (await page.evaluate(() => Object.keys(window))).filter((k) => !baseline.has(k));
  assert.deepEqual(added, ['ArticleAnnotator']);
  // The core, the lexicon, the event data and the Italian pack (an Italian page: never the English one).
  const allowed = ['embed-csp.html', 'embed-demo.css', 'annotator.js', 'embed-demo.js', 'favicon.svg',
    'annotator-core.wasm', 'lexicon.bin', 'events.bin', 'tagger-it.bin'];
  for (const url of page.requests) {
    assert.ok(url.startsWith(base), `same origin: ${url}`);
    assert.ok(allowed.includes(new URL(url).pathname.slice(1)), `expected file: ${url}`);
  }
  assert.ok((await page.textContent('#story')).includes('<img src=x onerror="alert(1)">'));
  assert.equal(await page.locator('#story img').count(), 0);
  await page.evaluate(() => ArticleAnnotator.clear('#story'));
  assert.equal(await page.innerHTML('#story'), await pristine(page, path));
  assert.deepEqual(page.problems, []);
  await page.close();
});
