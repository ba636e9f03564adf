// The embed on host pages a newsroom has (issue 13): editable regions, host CSS
// on `mark`, a global of the same name, text given to <article-annotator>
// later, keyboard and touch, a CSP without 'wasm-unsafe-eval', type labels.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve } from '../../tools/serve.mjs';
import { launchChromium } from './browser.mjs';
import { PAGE_DIR, WASM_MODULE } from './fixtures.mjs';

const { load } = await import(WASM_MODULE);
const annotator = await load();

let server, browser, base;
before(async () => {
  server = await serve(PAGE_DIR, 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});
after(async () => { await browser?.close(); server?.close(); });

/** A host page with `body`, served at a path of its own (with `headers`), annotator.js loaded as it says. */
async function host(body, { headers = {}, script = '<script src="annotator.js"></script>', init } = {}) {
  const page = await browser.newPage();
  page.messages = [];
  page.on('pageerror', (e) => page.messages.push(`pageerror: ${e.message}`));
  page.on('console', (m) => page.messages.push(`${m.type()}: ${m.text()}`));
  if (init) await page.addInitScript(init);
  const url = `${base}host-${Math.random().toString(36).slice(2)}.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', headers,
    body: `<!doctype html><html lang="it"><head><meta charset="utf-8">${script}</head><body>${body}</body></html>` }));
  await page.goto(url);
  await page.waitForFunction(() => window.ArticleAnnotator || document.querySelector('article-annotator'));
  return page;
}

const problems = (page) => page.messages.filter((m) => /^(pageerror|error|warning)/.test(m));

test('3: editable regions are skipped unless asked; text typed into a highlight survives clear()', async () => {
  const page = await host('<div id="story"><p>La Russia ha colpito Kharkiv.</p>'
    + '<div id="edit" contenteditable="true"><p>Droni Shahed su Odessa.</p></div><textarea>Kiev</textarea></div>');
  await page.evaluate(() => ArticleAnnotator.highlight('#story'));
  assert.ok(await page.locator('#story .aa-m').count() > 0);
  assert.equal(await page.locator('#edit .aa-m').count(), 0, 'the editable region is left alone');
  assert.ok(page.messages.some((m) => m.startsWith('info: ArticleAnnotator: editable text is not highlighted')));
  await page.evaluate(() => ArticleAnnotator.clear('#story'));

  await page.evaluate(() => ArticleAnnotator.highlight('#edit', { editable: true }));
  const mark = page.locator('#edit .aa-m').first();
  const marked = await mark.textContent();
  await page.evaluate(() => {  // the caret at the end of the first highlight, as a click would put it
    const text = document.querySelector('#edit .aa-m').firstChild;
    document.getSelection().collapse(text, text.data.length);
  });
  await page.keyboard.type(' nuovi');
  assert.equal(await mark.textContent(), `${marked} nuovi`, 'typed inside the highlight');
  await page.evaluate(() => ArticleAnnotator.clear('#edit'));
  assert.equal(await page.locator('#edit aa-mark').count(), 0);
  assert.equal(await page.textContent('#edit'), 'Droni Shahed su Odessa.'.replace(marked, `${marked} nuovi`), 'nothing typed is lost');
  // Text nobody changed is still put back byte for byte.
  const edited = await page.innerHTML('#edit');
  await page.evaluate(() => ArticleAnnotator.highlight('#edit', { editable: true }));
  await page.evaluate(() => ArticleAnnotator.clear('#edit'));
  assert.equal(await page.innerHTML('#edit'), edited);
  assert.deepEqual(problems(page), []);
  await page.close();
});

test('4: host rules on mark (and on everything) do not change the highlights', async () => {
  const page = await host('<style>mark { font-weight: 900; text-transform: uppercase; border: 3px solid red; padding: 4px; } '
    + '#story mark { letter-spacing: 6px; } p { font-weight: 400; }</style>'
    + '<div id="story"><p>La Russia ha lanciato droni Shahed contro Kharkiv. Una <mark id="own">nota</mark> del giornale.</p></div>');
  await page.evaluate(() => ArticleAnnotator.highlight('#story'));
  const styles = await page.$$eval('#story .aa-m', (marks) => marks.map((m) => {
    const s = getComputedStyle(m), p = getComputedStyle(m.closest('p'));
    return { weight: s.fontWeight === p.fontWeight, transform: s.textTransform === p.textTransform, border: s.borderTopWidth,
      padding: s.paddingLeft, spacing: s.letterSpacing === p.letterSpacing, background: s.backgroundColor };
  }));
  assert.ok(styles.length >= 3);
  for (const s of styles) {
    assert.deepEqual({ ...s, background: undefined }, { weight: true, transform: true, border: '0px', padding: '0px', spacing: true, background: undefined });
    assert.notEqual(s.background, 'rgba(0, 0, 0, 0)');
  }
  assert.equal(await page.$eval('#own', (m) => getComputedStyle(m).fontWeight), '900', "the host's own marks keep its style");
  await page.close();
});

test('5: an existing window.ArticleAnnotator is kept, with a warning; the ES module and the element still work', async () => {
  const page = await host('<div id="story"><p>La Russia ha colpito Kharkiv.</p></div>'
    + '<article-annotator id="box">Houthi rebels fired missiles at a ship.</article-annotator>',
  { init: () => { window.ArticleAnnotator = { theirs: true }; } });
  assert.equal(await page.evaluate(() => window.ArticleAnnotator.theirs), true);
  assert.ok(page.messages.some((m) => m.startsWith('warning: ArticleAnnotator: window.ArticleAnnotator already exists')), page.messages.join('\n'));
  const viaModule = await page.evaluate(async () => {
    const m = await import('./annotator.mjs');
    const result = await m.highlight('#story');
    return { mentions: result.mentions.length, marks: document.querySelectorAll('#story .aa-m').length, same: m.resultOf('#story') === result };
  });
  assert.ok(viaModule.mentions > 0 && viaModule.marks >= viaModule.mentions && viaModule.same);
  const element = await page.evaluate(async () => (await document.getElementById('box').result).mentions.length);
  assert.equal(element, annotator.annotate('Houthi rebels fired missiles at a ship.').mentions.length);
  await page.close();
});

test('9: <article-annotator> follows text set after insertion and changed later, and its lang', async () => {
  const page = await host('<main id="host"></main>');
  const first = 'La Russia ha colpito Kharkiv con droni Shahed.';
  const second = 'Houthi rebels fired missiles at a ship off Yemen.';
  const results = await page.evaluate(async ([a, b]) => {
    const el = document.createElement('article-annotator');
    const annotated = () => new Promise((ok) => el.addEventListener('annotated', (e) => ok(e.detail), { once: true }));
    document.getElementById('host').append(el);
    let next = annotated();
    el.textContent = a;  // after insertion
    const one = await next;
    const shownA = el.shadowRoot.textContent;
    next = annotated();
    el.setAttribute('lang', 'en');
    el.firstChild.data = b;  // changed later
    const two = await next;
    return { one, two, shownA, shownB: el.shadowRoot.querySelector('.aa-text').textContent,
      marks: el.shadowRoot.querySelectorAll('.aa-m').length, latest: await el.result };
  }, [first, second]);
  assert.equal(results.shownA.includes(first), true);
  assert.deepEqual(results.one, annotator.annotate(first));
  assert.deepEqual(results.two, annotator.annotate(second, { lang: 'en' }));
  assert.deepEqual(results.latest, results.two);
  assert.equal(results.shownB, second);
  assert.ok(results.marks >= results.two.mentions.length);
  await page.close();
});

test('10, 13: marks are reached by keyboard; details in a tooltip with links, not in title attributes; type labels', async () => {
  const page = await host('<a href="#top" id="before">Su</a><div id="story"><p>La Russia ha colpito Kharkiv e Odessa con droni Shahed.</p></div>');
  const result = await page.evaluate(() => ArticleAnnotator.highlight('#story', { badges: true }));
  assert.equal(await page.locator('#story [title]').count(), 0);
  assert.equal(await page.locator('#story .aa-m[tabindex="0"]').count(), 1, 'one tab stop for the article');
  await page.focus('#before');
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => document.activeElement.dataset.m);
  assert.equal(await focused(), '0');
  const tip = page.locator('aa-tip');
  assert.equal(await tip.isVisible(), true);
  assert.match(await tip.textContent(), new RegExp(`^${result.mentions[0].category} · ${result.mentions[0].type}`));
  const k = result.mentions.findIndex((m) => m.text === 'Kharkiv');
  for (let n = 0; n < k; n++) await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), String(k));
  const geonames = result.entities.find((e) => e.id === result.mentions[k].entity).ids.geonames;
  assert.equal(await page.getAttribute('aa-tip a', 'href'), `https://www.geonames.org/${geonames}`);
  await page.mouse.move(1, 1);
  assert.equal(await tip.isVisible(), true, 'stays while its mark has focus (touch)');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'A');
  await page.keyboard.press('Escape');
  assert.equal(await tip.isVisible(), false);
  assert.equal(await focused(), String(k));
  const badge = await page.$eval(`#story .aa-m[data-m="${k}"]`, (m) => getComputedStyle(m, '::after').content);
  assert.equal(badge, '"city"');
  assert.equal(await page.evaluate(() => ArticleAnnotator.textOf('#story')), 'La Russia ha colpito Kharkiv e Odessa con droni Shahed.');
  assert.deepEqual(problems(page), []);
  await page.close();
});

test("12: under a CSP without 'wasm-unsafe-eval': no uncaught error, one clear message, the text untouched", async () => {
  const demo = readFileSync(`${PAGE_DIR}/embed-demo.html`, 'utf8');
  const page = await browser.newPage();
  const messages = [];
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  const url = `${base}embed-no-wasm.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: demo,
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self'" } }));
  await page.goto(url);
  const story = await page.innerHTML('#story');
  assert.deepEqual(await page.evaluate(() => ArticleAnnotator.done), []);
  await page.evaluate(() => document.querySelector('article-annotator').result);
  await page.waitForTimeout(200);
  const relevant = messages.filter((m) => /^(pageerror|error|warning)/.test(m) && !/Refused to (load|apply|execute)/.test(m));
  assert.equal(relevant.length, 1, relevant.join('\n'));
  assert.match(relevant[0], /^error: ArticleAnnotator: .*Content-Security-Policy.*'wasm-unsafe-eval'/);
  assert.equal(await page.innerHTML('#story'), story);
  await assert.rejects(page.evaluate(() => ArticleAnnotator.highlight('#story')), /CompileError|Content Security|unsafe-eval/);
  await page.close();
});
