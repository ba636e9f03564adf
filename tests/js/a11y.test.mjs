// Accessibility with axe-core (WCAG 2.x A and AA rules and best practices): the
// page after annotating both samples, with a tooltip open, a legend category
// switched off, type labels and the correction bar shown, and the events panel on
// a contract-shaped result; the embed demo after highlighting. Zero violations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { serve } from '../../tools/serve.mjs';
import { launchChromium } from './browser.mjs';
import { CONTRACT_RESULT, CONTRACT_TEXT, PAGE_DIR, ROOT } from './fixtures.mjs';
import { nextResult } from './web-helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server, browser, base;
before(async () => {
  server = await serve(PAGE_DIR, 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});
after(async () => { await browser?.close(); server?.close(); });

/** axe's violations, one line each: "rule (impact): n × first target". */
async function violations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0].target.join(' ')}`)));
  return found;
}

async function openPage(viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  await page.goto(base);
  await page.waitForSelector('#annotate:not([disabled])', { timeout: 60000 });
  return page;
}

test('the page: no axe violations after annotating, in every state a reader brings it to', async () => {
  const page = await openPage();
  assert.deepEqual(await violations(page), [], 'before annotating');
  for (const lang of ['it', 'en']) {
    await nextResult(page, () => page.click(`#sample-${lang}`));
    assert.deepEqual(await violations(page), [], `${lang} sample`);
  }
  await page.click('#output mark.aa-m >> nth=1');  // focused, its tooltip open, the correction bar shown
  assert.equal(await page.isVisible('#tip'), true);
  assert.equal(await page.isVisible('#fix'), true);
  assert.deepEqual(await violations(page), [], 'tooltip and correction bar');
  await page.click('#legend [data-category="weapon"]');
  await page.check('#badges');
  await page.click('#terms summary');
  await page.type('#input', ' Altro testo.');  // out of date
  assert.equal(await page.isVisible('#stale'), true);
  assert.deepEqual(await violations(page), [], 'legend off, type labels, terms open, out of date');
  await page.close();
});

test('the page at 360 px: no axe violations', async () => {
  const page = await openPage({ width: 360, height: 740 });
  await nextResult(page, () => page.click('#sample-en'));
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('the events panel and lit events: no axe violations', async () => {
  const bundle = await build({ bundle: true, format: 'iife', write: false, stdin: { resolveDir: ROOT, contents: `
    import { renderArticle } from './web/src/page/render.mjs';
    import { makeView } from './web/src/page/view.mjs';
    import { renderEvents } from './web/src/page/events.mjs';
    window.show = async (text, result) => {
      const rendered = renderArticle(document.getElementById('output'), text, result);
      await rendered.done;
      renderEvents(document.getElementById('events'), makeView(text, result, rendered));
    };` } });
  const page = await browser.newPage();
  const url = `${base}events-a11y.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><head><title>Events</title>'
    + '<link rel="stylesheet" href="style.css"></head><body><main><h1>Events</h1><article id="output" class="output" lang="it"></article>'
    + '<section aria-label="Events"><div id="events"></div></section></main></body></html>' }));
  await page.goto(url);
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  await page.evaluate(([t, r]) => window.show(t, r), [CONTRACT_TEXT, CONTRACT_RESULT]);
  await page.click('#events .event >> nth=1');
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('the embed demo after highlighting, with a tooltip open: no axe violations', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}embed-demo.html`);
  await page.evaluate(() => window.ArticleAnnotator.done);
  await page.evaluate(() => document.querySelector('article-annotator').result);
  await page.focus('#story .aa-m[tabindex="0"]');
  assert.equal(await page.isVisible('aa-tip'), true);
  assert.deepEqual(await violations(page), []);
  await page.close();
});
