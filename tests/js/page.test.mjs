// The page in headless Chromium: it loads the WebAssembly core, annotates pasted
// Italian and English text, and agrees with the core run in Node.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { serve } from '../../tools/serve.mjs';
import { launchChromium } from './browser.mjs';
import { PAGE_DIR, ROOT, TEXTS, WASM_MODULE } from './fixtures.mjs';

let server, browser, url;
const { load } = await import(WASM_MODULE);
const annotator = await load();

before(async () => {
  server = await serve(PAGE_DIR, 0);
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function annotateInPage(page, text) {
  await page.fill('#input', text);
  await page.click('#annotate');
  await page.waitForFunction(() => window.lastResult !== undefined);
  return page.evaluate(() => { const r = window.lastResult; window.lastResult = undefined; return r; });
}

test('the page annotates Italian and English like the core does', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('#annotate:not([disabled])');
  for (const text of [TEXTS[0] + ' ' + TEXTS[1], TEXTS[2] + ' ' + TEXTS[3]]) {
    const inPage = await annotateInPage(page, text);
    assert.deepEqual(inPage, annotator.annotate(text));
    assert.equal(await page.locator('#output .sentence').count(), inPage.sentences.length);
  }
  mkdirSync(`${ROOT}build/screenshots`, { recursive: true });
  await page.screenshot({ path: `${ROOT}build/screenshots/page.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('over http the page is one file, and each file it fetches is asked for once (the preloads are taken)', async () => {
  const page = await browser.newPage();
  const asked = [];
  page.on('request', (request) => { if (request.url().startsWith('http')) asked.push(new URL(request.url()).pathname); });
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  await page.click('#sample-it');
  await page.waitForFunction(() => window.lastResult);
  const files = asked.filter((path) => path !== '/favicon.svg').sort();  // the favicon comes when the browser wants it
  assert.deepEqual(files, ['/', '/annotator-core.wasm', '/events.bin', '/lexicon.bin', '/tagger-it.bin']);
  await page.close();
});

test('Annotate clicked the moment it is enabled, while the core still loads, gives the core\'s result', async () => {
  const { SAMPLES } = await import('../../web/src/shared/samples.mjs');
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Clicked in the same turn as the button is enabled: the worker has its files but
  // has not answered that the core is loaded (its answer needs a later task here).
  // Watched from the start: the page's script may enable it before DOMContentLoaded.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const button = document.getElementById('annotate');
      if (!button || button.disabled) return;
      observer.disconnect();
      const before = document.getElementById('status').textContent;
      document.getElementById('sample-it').click();
      window.statusAtClick = [before, document.getElementById('status').textContent];
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  });
  await page.goto(url);
  const statusAtClick = await (await page.waitForFunction(() => window.statusAtClick)).jsonValue();
  assert.match(statusAtClick[0], /^Loading the annotator/);
  assert.match(statusAtClick[1], /^Annotating/);
  await page.waitForFunction(() => window.lastResult && !document.getElementById('output').hasAttribute('aria-busy'));
  assert.deepEqual(await page.evaluate(() => window.lastResult), annotator.annotate(SAMPLES.it, { lang: 'it' }));
  assert.match(await page.textContent('#status'), /mentions?, .* entit/);
  assert.deepEqual(errors, []);
  await page.close();
});
