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
