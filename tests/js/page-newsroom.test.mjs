// The page as a newsroom uses it (issue 13): no stale result over a newer one,
// the language back to Detect after a sample, the map, the user's terms and
// corrections, long paragraphs, keyboard and touch, type labels and links; the
// core's events in the page (issue 10).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve } from '../../tools/serve.mjs';
import { launchChromium } from './browser.mjs';
import { PAGE_DIR, WASM_MODULE } from './fixtures.mjs';
import { nextResult } from './web-helpers.mjs';
import { SAMPLES } from '../../web/src/shared/samples.mjs';
import { eventLabel, eventText } from '../../web/src/shared/events-text.mjs';

const { load } = await import(WASM_MODULE);
const annotator = await load();

let server, browser, url;
before(async () => {
  server = await serve(PAGE_DIR, 0);
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});
after(async () => { await browser?.close(); server?.close(); });

async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('#annotate:not([disabled])', { timeout: 60000 });
  return page;
}

const annotateText = (page, text) => nextResult(page, async () => { await page.fill('#input', text); await page.click('#annotate'); });
const status = (page) => page.textContent('#status');

test('1: a slower, older annotation never replaces a newer one', async () => {
  const page = await openPage();
  const big = `${SAMPLES.it}\n\n`.repeat(200);  // about 300 KB: several chunks in the worker
  const short = 'Houthi rebels fired missiles at a ship off Yemen.';
  const shown = await page.evaluate(async ([first, second]) => {
    const seen = [];
    let value;
    Object.defineProperty(window, 'lastResult', { configurable: true, get: () => value,
      set(v) { value = v; if (v) seen.push(v.sentences.at(-1).end); } });
    const input = document.getElementById('input'), button = document.getElementById('annotate');
    input.value = first; button.click();   // slow
    input.value = second; button.click();  // at once: the first is stale
    const output = document.getElementById('output');
    while (!value || output.hasAttribute('aria-busy')) await new Promise((ok) => setTimeout(ok, 20));
    await new Promise((ok) => setTimeout(ok, 500));  // time for a late stale result to show up
    return { seen, text: output.textContent };
  }, [big, short]);
  assert.deepEqual(shown.seen, [annotator.annotate(short).sentences.at(-1).end], 'only the newer result was shown');
  assert.equal(shown.text, short);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('2: new text after a sample is read with the language detected; a chosen one is said to be chosen', async () => {
  const page = await openPage();
  await nextResult(page, () => page.click('#sample-it'));
  assert.equal(await page.inputValue('#lang'), 'it');
  const english = await annotateText(page, SAMPLES.en);
  assert.equal(await page.inputValue('#lang'), '', 'editing the text returns the selector to Detect');
  assert.equal(english.lang, 'en');
  assert.match(await status(page), /language English \(detected\)/);
  await nextResult(page, () => page.selectOption('#lang', 'it'));
  await page.type('#input', ' Fine.');
  assert.equal(await page.inputValue('#lang'), 'it', 'a language the reader chose stays');
  const forced = await nextResult(page, () => page.click('#annotate'));
  assert.equal(forced.lang, 'it');
  assert.match(await status(page), /language Italiano \(chosen, not detected\)/);
  await page.context().close();
});

test('10: out of date after an edit; empty input; one mention', async () => {
  const page = await openPage();
  await annotateText(page, 'La Russia ha lanciato droni su Kiev.');
  assert.equal(await page.isVisible('#stale'), false);
  await page.type('#input', ' E poi?');
  assert.equal(await page.isVisible('#stale'), true, 'an edited text says its annotation is out of date');
  await nextResult(page, () => page.keyboard.press('Control+Enter'));
  assert.equal(await page.isVisible('#stale'), false);

  const empty = await annotateText(page, '   ');
  assert.equal(empty, null);
  assert.match(await status(page), /^Nothing to annotate/);
  assert.doesNotMatch(await status(page), /language/);
  assert.equal(await page.locator('#output .aa-m').count(), 0);
  assert.equal(await page.isDisabled('#export-json'), true);

  const one = 'Droni Shahed in volo.';
  assert.equal(annotator.annotate(one).mentions.length, 1);
  await annotateText(page, one);
  assert.match(await status(page), /^1 mention, 1 entity, 0 events in 1 sentence;/);
  await page.context().close();
});

test('10, 13: a focused mention keeps its details; Enter reaches their links, Escape closes them', async () => {
  const page = await openPage();
  const result = await annotateText(page, 'Droni russi hanno colpito Kharkiv e Odessa nella notte.');
  const i = result.mentions.findIndex((m) => m.text === 'Kharkiv');
  const entity = result.entities.find((e) => e.id === result.mentions[i].entity);
  await page.click(`#output mark[data-m="${i}"]`);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.m), String(i));
  await page.mouse.move(5, 5);  // away, as a finger lifts on a touch screen
  assert.equal(await page.isVisible('#tip'), true, 'the tooltip stays while its mention has focus');
  const href = await page.getAttribute('#tip a', 'href');
  assert.equal(href, `https://www.geonames.org/${entity.ids.geonames}`);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), href, 'Enter moves to the first link');
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#tip'), false);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.m), String(i), 'Escape comes back to the mention');
  // The pointer may move from a mention into its tooltip without it closing.
  await page.hover(`#output mark[data-m="${i}"]`);
  await page.locator('#tip a').first().hover();
  assert.equal(await page.isVisible('#tip'), true);
  await page.context().close();
});

test('6: countries named by their capital and regions are on the map; labels do not overlap; zoom', async () => {
  const page = await openPage();
  const result = await nextResult(page, () => page.click('#sample-it'));
  const named = (name) => result.entities.find((e) => e.name === name);
  for (const name of ['Ukraine', 'Russia', 'United Kingdom']) assert.ok(named(name)?.coordinates, `${name} has coordinates`);
  assert.ok(result.entities.some((e) => e.type === 'region' && e.coordinates), 'a region has coordinates');
  assert.equal(await page.locator('#map circle.dot').count(), result.entities.filter((e) => e.coordinates).length);
  assert.equal(await page.locator('#map circle.dot[aria-label^="Ukraine,"]').count(), 1);
  assert.match(await page.textContent('#map-title'), /places and actors/);
  const overlaps = () => page.$$eval('#map text.label', (labels) => {
    const boxes = labels.map((l) => l.getBoundingClientRect());
    let n = 0;
    for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) {
      const p = boxes[a], q = boxes[b];
      if (p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5) n++;
    }
    return { n, count: boxes.length };
  });
  const before = await overlaps();
  assert.ok(before.count >= 3, `${before.count} labels`);
  assert.equal(before.n, 0, 'no two labels overlap');
  const width = async () => Number((await page.getAttribute('#map svg', 'viewBox')).split(' ')[2]);
  const home = await width();
  await page.click('#map .map-controls button:text("Zoom in")');
  assert.ok(await width() < home, 'zoomed in');
  assert.equal((await overlaps()).n, 0);
  await page.click('#map .map-controls button:text("Fit")');
  assert.equal(await width(), home);
  await page.context().close();
});

test('7: a term wins over the built-in reading, inside a longer mention when asked, at once', async () => {
  const page = await openPage();
  const text = 'La Russia ha lanciato droni Shahed. I Patriot li hanno abbattuti.';
  const plain = await annotateText(page, text);
  assert.equal(plain.mentions.find((m) => m.text === 'Patriot')?.category, 'weapon');
  await page.click('#terms summary');
  assert.doesNotMatch(await page.textContent('#terms'), /from the next annotation on/);
  const addTerm = (term, type, override) => nextResult(page, async () => {
    await page.fill('#term-text', term);
    await page.selectOption('#term-category', type.split('/')[0]);
    await page.selectOption('#term-type', type.split('/')[1]);
    await page.setChecked('#term-override', override);
    await page.click('#term-form button[type=submit]');  // annotates again by itself
  });
  const patriot = await addTerm('Patriot', 'actor/group', false);
  assert.deepEqual(patriot, (await load({ terms: [{ text: 'Patriot', category: 'actor', type: 'group' }] })).annotate(text));
  assert.equal(patriot.mentions.find((m) => m.text === 'Patriot').type, 'group');
  assert.ok(patriot.mentions.some((m) => m.text === 'droni Shahed'));
  const shahed = await addTerm('Shahed', 'weapon/missile', true);
  assert.equal(shahed.mentions.find((m) => m.text === 'Shahed')?.type, 'missile', 'wins inside "droni Shahed" when asked');
  assert.ok(!shahed.mentions.some((m) => m.text === 'droni Shahed'));
  assert.match(await page.textContent('#term-list'), /Shahed — weapon, missile, also inside longer names/);
  await page.context().close();
});

test('8: a long paragraph is one block: no line break, no leading space', async () => {
  const page = await openPage();
  const body = SAMPLES.it.split('\n\n').slice(1).join(' ');
  const paragraph = [body, body, body, body].join(' ');  // about 4,600 characters, one line
  const text = `Titolo\n\n${paragraph}`;
  assert.ok(paragraph.length > 4000 && !paragraph.includes('\n'));
  await annotateText(page, text);
  assert.equal(await page.textContent('#output'), text);
  const blocks = await page.$$eval('#output .blk', (els) => els.map((b) => b.textContent));
  assert.ok(blocks.every((b) => !b.startsWith(' ')), 'no block starts with a space');
  assert.equal(blocks.filter((b) => b.includes(paragraph.slice(0, 40))).length, 1);
  assert.ok(blocks.some((b) => b.includes(paragraph)), 'the paragraph is one block');
  await page.context().close();
});

test('13: type labels on demand; correcting the annotation by selecting words (relabel, remove, add), kept as terms', async () => {
  const page = await openPage();
  const text = 'Droni russi hanno colpito Kharkiv. Il ministro Guido Crosetto ha parlato.';
  const result = await annotateText(page, text);
  const k = result.mentions.findIndex((m) => m.text === 'Kharkiv');
  const badge = () => page.$eval(`#output mark[data-m="${k}"]`, (m) => getComputedStyle(m, '::after').content);
  assert.equal(await badge(), 'none');
  await page.check('#badges');
  assert.equal(await badge(), '"city"');
  assert.equal(await page.textContent('#output'), text, 'labels are no text of the article');

  // Select the words, choose what they are.
  await page.evaluate((i) => {
    const mark = document.querySelector(`#output mark[data-m="${i}"]`);
    const range = document.createRange();
    range.selectNodeContents(mark);
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
  }, k);
  await page.waitForSelector('#fix:not([hidden])');
  assert.equal(await page.textContent('#fix-text'), '“Kharkiv”');
  assert.equal(await page.inputValue('#fix-type'), 'place/city');
  await page.selectOption('#fix-type', 'actor/group');
  const relabelled = await nextResult(page, () => page.click('#fix-apply'));
  const m = relabelled.mentions.find((x) => x.text === 'Kharkiv');
  assert.equal(`${m.category}/${m.type}`, 'actor/group');
  assert.match(await page.textContent('#term-list'), /Kharkiv — actor, group/);

  // Focus a mention, close the bar; again, and say it is none.
  const j = relabelled.mentions.findIndex((x) => x.text === 'Guido Crosetto');
  await page.click(`#output mark[data-m="${j}"]`);
  await page.waitForSelector('#fix:not([hidden])');
  await page.click('#fix-close');
  assert.equal(await page.isVisible('#fix'), false);
  await page.click(`#output mark[data-m="${j}"]`);
  await page.waitForSelector('#fix:not([hidden])');
  const removed = await nextResult(page, () => page.click('#fix-none'));
  assert.ok(!removed.mentions.some((x) => x.text === 'Guido Crosetto'));

  // Select words no mention covers, and add them.
  assert.ok(!removed.mentions.some((x) => x.text === 'ministro'));
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.getElementById('output'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf('ministro');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'ministro'.length);
      document.getSelection().removeAllRanges();
      document.getSelection().addRange(range);
      return;
    }
  });
  await page.waitForSelector('#fix:not([hidden])');
  assert.equal(await page.textContent('#fix-text'), '“ministro”');
  await page.selectOption('#fix-type', 'actor/person');
  const added = await nextResult(page, () => page.click('#fix-apply'));
  const a = added.mentions.find((x) => x.text === 'ministro');
  assert.equal(`${a?.category}/${a?.type}`, 'actor/person');
  assert.deepEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('article-annotator.terms'))), [
    { text: 'Kharkiv', category: 'actor', type: 'group', override: true },
    { text: 'Guido Crosetto', category: 'none', type: '', override: true },
    { text: 'ministro', category: 'actor', type: 'person', override: true },
  ]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("issue 10: the core's events in plain words, filtered, lit, in tooltips and in the CSV", async () => {
  const page = await openPage();
  const result = await nextResult(page, () => page.click('#sample-it'));
  assert.deepEqual(result, annotator.annotate(SAMPLES.it, { lang: 'it' }));
  assert.ok(result.events.length >= 5, `${result.events.length} events`);
  const capitalised = (t) => t.charAt(0) + t.slice(1).toLowerCase();
  assert.deepEqual(await page.$$eval('#events .event', (els) => els.map((e) => e.textContent)),
    result.events.map((ev) => `${capitalised(ev.type)} ${eventText(result, ev)}`));
  assert.match(await page.textContent('#status'), new RegExp(`${result.events.length} events`));

  const assaults = result.events.filter((ev) => ev.type === 'ASSAULT').length;
  await page.selectOption('#event-filter', 'ASSAULT');
  assert.equal(await page.locator('#events li:not([hidden])').count(), assaults);
  await page.selectOption('#event-filter', '');

  // A mention's tooltip lists its events.
  const k = result.events.findIndex((e) => e.arguments.some((a) => a.role === 'actor' && typeof a.mention === 'number'));
  const actor = result.events[k].arguments.find((a) => a.role === 'actor' && typeof a.mention === 'number');
  await page.hover(`#output mark[data-m="${actor.mention}"]`);
  assert.match(await page.textContent('#tip'), new RegExp(`Events: .*${eventLabel(result.events[k])} \\(actor\\)`));

  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-events')]);
  const rows = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
  assert.equal(rows.length, result.events.length + 1);
  assert.ok(rows[1].startsWith(`${result.events[0].id},${result.events[0].type},`));
  assert.ok(result.mentions.some((m) => m.category === 'time'), 'the sample has times');
  assert.equal(await page.textContent('#legend [data-category="time"] .count'), String(result.mentions.filter((m) => m.category === 'time').length));

  // An event with an argument that is no mention ("negotiators" in the English sample):
  // its words light with the trigger.
  const english = await nextResult(page, () => page.click('#sample-en'));
  const j = english.events.findIndex((ev) => ev.arguments.some((a) => typeof a.mention !== 'number'));
  assert.ok(j >= 0, 'the English sample has an argument that is no mention');
  const ev = english.events[j];
  await page.click(`#events .event >> nth=${j}`);
  const lit = await page.$$eval('#output .lit', (els) => els.map((e) => e.textContent));
  assert.ok(lit.includes(ev.trigger.text), lit.join(' | '));
  // An argument that is a mention is lit by the mention's mark ("drones" of "Shahed-type
  // drones"), one that is none by its own words.
  const litWords = lit.join(' ');
  for (const arg of ev.arguments) {
    const words = typeof arg.mention === 'number' ? english.mentions[arg.mention].text : arg.text;
    assert.ok(litWords.includes(words), `${arg.role} ${words} is lit`);
  }
  await page.context().close();
});
