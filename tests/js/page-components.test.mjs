// The page's rendering and panels on contract-shaped results the core does not
// produce yet (nested mentions, events with an argument that is no mention),
// bundled on the fly and run in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { serve } from '../../tools/serve.mjs';
import { launchChromium } from './browser.mjs';
import { CONTRACT_RESULT as RESULT, CONTRACT_TEXT as TEXT, PAGE_DIR, ROOT } from './fixtures.mjs';

let server, browser, page;
before(async () => {
  const bundle = await build({ bundle: true, format: 'iife', write: false, stdin: { resolveDir: ROOT, contents: `
    import { renderArticle } from './web/src/page/render.mjs';
    import { makeView } from './web/src/page/view.mjs';
    import { renderEvents } from './web/src/page/events.mjs';
    import { attachTooltip } from './web/src/page/tooltip.mjs';
    import { renderLegend } from './web/src/page/legend.mjs';
    import { wrapMentions, clearMarks, textOfDom } from './web/src/embed/highlight.mjs';
    window.embed = { wrapMentions, clearMarks, textOfDom };
    window.show = async (text, result) => {
      const out = document.getElementById('output');
      const rendered = renderArticle(out, text, result);
      await rendered.done;
      const view = makeView(text, result, rendered);
      attachTooltip(out, document.getElementById('tip'), () => view);
      renderEvents(document.getElementById('events'), view);
      renderLegend(document.getElementById('legend'), out, view);
    };` } });
  server = await serve(PAGE_DIR, 0);
  browser = await launchChromium();
  page = await browser.newPage();
  const url = `http://127.0.0.1:${server.address().port}/components.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><link rel="stylesheet" href="style.css">'
    + '<div id="legend"></div><article id="output" class="output"></article><div id="events"></div><div id="tip" class="tip" role="tooltip" hidden></div>' }));
  await page.goto(url);
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  await page.evaluate(([t, r]) => window.show(t, r), [TEXT, RESULT]);
});
after(async () => { await browser?.close(); server?.close(); });

const markAtCentre = (selector) => page.$eval(selector, (el) => {
  const box = el.getClientRects()[0];
  return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2).closest('mark.aa-m')?.dataset.m;
});

test('a nested mention sits inside the outer one, and both stay clickable', async () => {
  assert.equal(await page.locator('mark[data-m="0"] mark[data-m="1"]').count(), 1);
  assert.equal(await page.textContent('#output'), TEXT);
  assert.equal(await markAtCentre('mark[data-m="1"]'), '1');
  assert.equal(await markAtCentre('mark[data-m="0"]'), '0');  // the "Corea del " piece
  await page.hover('mark[data-m="0"]', { position: { x: 5, y: 5 } });
  const tip = await page.textContent('#tip');
  assert.match(tip, /actor · country/);
  assert.match(tip, /North Korea/);
  assert.match(tip, /Events: arms supply \(actor\)/);
  await page.hover('mark[data-m="3"]');
  assert.match(await page.textContent('#tip'), /Events: arms supply \(recipient\), attack \(actor\)/);
  await page.hover('mark[data-m="1"]');
  assert.match(await page.textContent('#tip'), /place · region/);
});

test('events in plain words, filterable by category; a click lights the trigger and every argument', async () => {
  const lines = await page.$$eval('#events .event', (els) => els.map((e) => e.textContent));
  assert.deepEqual(lines, ['Aid North Korea → arms supply → Russia: missile', 'Assault Russia → attack → civili · domani · hypothetical']);
  await page.click('#events .event >> nth=0');
  const lit = () => page.$$eval('.lit', (els) => [...new Set(els.map((e) => (e.dataset.m ? `m${e.dataset.m}` : `${e.className.split(' ')[0]}${e.dataset.e}`)))].sort());
  assert.deepEqual(await lit(), ['aa-trg0', 'm0', 'm2', 'm3']);
  assert.equal(await page.locator('mark[data-m="0"]:not(.lit)').count(), 0, 'every piece of the outer mention');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'vende');
  await page.click('#events .event >> nth=1');
  assert.deepEqual(await lit(), ['aa-arg1', 'aa-trg1', 'm3', 'm4'], 'the words of an argument that is no mention light too');
  assert.equal(await page.textContent('mark.aa-arg.lit'), 'civili');
  await page.selectOption('#event-filter', 'ASSAULT');
  assert.deepEqual(await page.$$eval('#events li', (els) => els.map((li) => li.hidden)), [true, false]);
  assert.match(await page.textContent('#event-filter'), /All categories \(2\).*Aid \(1\).*Assault \(1\)/);
  await page.selectOption('#event-filter', '');
  assert.equal(await page.locator('#events li:not([hidden])').count(), 2);
});

test('in-place wrapping: nested and crossing mentions across <a> and <em>, exact clear', async () => {
  const r = await page.evaluate(() => {
    const host = document.createElement('div');
    host.innerHTML = '<p>La <a href="#c">Corea <em>del</em> Nord</a> vende <b>missili</b>.</p>\n<p>A Mosca.</p>';
    document.body.append(host);
    const before = host.innerHTML;
    const link = host.querySelector('a');
    const read = embed.textOfDom(host);
    const span = (s, category, n = 0) => { let i = -1; for (let k = 0; k <= n; k++) i = read.text.indexOf(s, i + 1); return { start: i, end: i + s.length, text: s, category, type: 'x' }; };
    const result = { mentions: [span('Corea del Nord', 'actor'), span('Nord', 'place'), span('Nord vende missili', 'weapon'), span('Mosca', 'place')] };
    embed.wrapMentions(host, read, result);
    const texts = result.mentions.map((_, i) => [...host.querySelectorAll(`.aa-m[data-m="${i}"]`)].map((m) => m.textContent).join(''));
    const out = { text: read.text, texts, expected: result.mentions.map((m) => m.text), linkKept: host.querySelector('a') === link,
      marksInLink: link.querySelectorAll('aa-mark').length, wrapped: host.innerHTML };
    embed.clearMarks(host);
    out.cleared = host.innerHTML === before;
    embed.wrapMentions(host, embed.textOfDom(host), result);
    out.again = host.innerHTML === out.wrapped;
    embed.clearMarks(host);
    out.clearedAgain = host.innerHTML === before && host.querySelector('a') === link;
    return out;
  });
  assert.match(r.text, /^La Corea del Nord vende missili\.\n\n\s*A Mosca\.$/);  // blocks apart
  assert.deepEqual(r.texts, r.expected);
  assert.ok(r.linkKept && r.marksInLink >= 3, r.wrapped);
  assert.ok(r.cleared && r.again && r.clearedAgain);
});

test('times have their own colour, dotted underline and legend entry', async () => {
  const legend = await page.$$eval('#legend .legend-item', (items) => items.map((b) => b.textContent.replace(/\s+/g, ' ').trim()));
  assert.deepEqual(legend, ['Actors 2', 'Weapons 1', 'Places 1', 'Times 1']);
  const style = await page.$eval('#output mark.aa-time', (m) => {
    const s = getComputedStyle(m);
    return [s.textDecorationStyle, s.textDecorationColor];
  });
  assert.deepEqual(style, ['dotted', 'rgb(204, 121, 167)']);  // Okabe-Ito reddish purple
  await page.click('#legend [data-category="time"]');
  assert.equal(await page.$eval('#output mark.aa-time', (m) => getComputedStyle(m).textDecorationLine), 'none');
  await page.click('#legend [data-category="time"]');
});
