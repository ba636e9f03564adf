// The page's pure modules in Node: nesting pieces, chunk merging, the W3C export
// (code point positions, events), the CSV exports, events in plain words, the
// map's path data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pieces } from '../../web/src/shared/segments.mjs';
import { mergeResults, splitText, utf8Length } from '../../web/src/shared/chunks.mjs';
import { codePointIndex, toWebAnnotation } from '../../web/src/shared/w3c.mjs';
import { entitiesCsv, eventsCsv } from '../../web/src/shared/csv.mjs';
import { eventText } from '../../web/src/shared/events-text.mjs';
import { relativePath } from '../../web/tools/world.mjs';
import { CONTRACT_RESULT, CONTRACT_TEXT, WASM_MODULE } from './fixtures.mjs';

const { load } = await import(WASM_MODULE);
const annotator = await load();

test('nested and crossing spans become disjoint pieces, outermost first', () => {
  const a = { start: 0, end: 14 }, b = { start: 10, end: 14 }, c = { start: 12, end: 20 };
  assert.deepEqual(pieces([a, b, c]).map((p) => [p.start, p.end, p.stack.length]),
    [[0, 10, 1], [10, 12, 2], [12, 14, 3], [14, 20, 1]]);
  assert.deepEqual(pieces([a, b])[1].stack, [a, b]);
  assert.deepEqual(pieces([{ start: 2, end: 8 }], [5]).map((p) => [p.start, p.end]), [[2, 5], [5, 8]]);
});

test('chunks cut at paragraphs and never inside a surrogate pair', () => {
  const text = ('🚀'.repeat(30) + '\n\n').repeat(40);
  const chunks = splitText(text, 100);
  assert.equal(chunks.map((c) => c.text).join(''), text);
  for (const c of chunks) assert.ok(!/^[\uDC00-\uDFFF]/.test(c.text));
  assert.equal(utf8Length('a€🚀'), 1 + 3 + 4);
});

test('merged chunk results match annotating the whole text', () => {
  const paragraph = 'La Russia ha chiesto alla Corea del Nord di vendere munizioni. 🚀 Droni Shahed su Kiev e Odessa.\n\n';
  const text = paragraph.repeat(30);
  const whole = annotator.annotate(text, { lang: 'it' });
  let byteStart = 0;
  const parts = splitText(text, 700).map((c) => {
    const part = { start: c.start, byteStart, result: annotator.annotate(c.text, { lang: 'it' }) };
    byteStart += utf8Length(c.text);
    return part;
  });
  assert.ok(parts.length > 3);
  const merged = mergeResults(parts);
  const strip = (r) => r.mentions.map(({ entity, ...m }) => m);
  assert.deepEqual(strip(merged), strip(whole));
  assert.deepEqual(merged.sentences, whole.sentences);
  assert.equal(merged.entities.length, whole.entities.length);
  for (const e of merged.entities) for (const i of e.mentions) assert.equal(merged.mentions[i].entity, e.id);
});

test('W3C positions are code points: an emoji before a mention', () => {
  const text = '🇺🇦🚀 La Russia attacca Kiev.';
  const start = text.indexOf('Kiev');
  const result = { mentions: [{ start, end: start + 4, text: 'Kiev', category: 'place', type: 'city', entity: 'e1' }],
    entities: [{ id: 'e1', name: 'Kyiv', category: 'place', type: 'city', ids: { geonames: 703448 }, mentions: [0] }] };
  const doc = toWebAnnotation(text, result);
  const [quote, position] = doc.first.items[0].target.selector;
  assert.equal(position.start, start - 3);  // three astral characters, six UTF-16 units
  assert.equal(Array.from(text).slice(position.start, position.end).join(''), 'Kiev');
  assert.equal(quote.exact, 'Kiev');
  assert.ok(text.slice(0, start).endsWith(quote.prefix));
  assert.equal(quote.suffix, '.');
  assert.deepEqual(doc.first.items[0].body.at(-1), { type: 'SpecificResource', purpose: 'identifying', source: 'https://sws.geonames.org/703448/' });
  assert.equal(codePointIndex('a🚀b')[3], 2);
});

test('CSV quotes, and defuses formulas', () => {
  const csv = entitiesCsv({ mentions: [{ text: '=HYPERLINK("x")' }],
    entities: [{ id: 'e1', category: 'actor', type: 'group', name: '=HYPERLINK("x")', mentions: [0], coordinates: [1.5, 2] }] });
  const [header, row] = csv.trim().split('\r\n');
  assert.equal(header, 'id,category,type,name,mentions,iso3166,geonames,wikidata,lat,lon,links,texts');
  assert.equal(row, 'e1,actor,group,"\'=HYPERLINK(""x"")",1,,,,1.5,2,,"\'=HYPERLINK(""x"")"');
});

test('article blocks: after line breaks outside sentences, else after sentences or spaces', async () => {
  const { blockCuts } = await import('../../web/src/page/render.mjs');
  const paragraphs = 'La Russia ha lanciato droni Shahed su Kiev. '.repeat(60).trim() + '\n\n';
  const lines = paragraphs.repeat(20);
  const linesCuts = blockCuts(lines, annotator.annotate(lines, { lang: 'it' }).sentences);
  assert.ok(linesCuts.length > 5);
  for (const cut of linesCuts.slice(1)) assert.equal(lines[cut - 1], '\n');

  const oneLine = paragraphs.trim().repeat(40);
  const { sentences } = annotator.annotate(oneLine, { lang: 'it' });
  const cuts = blockCuts(oneLine, sentences);
  assert.ok(cuts.length > 20, `${cuts.length} blocks`);
  const ends = new Set(sentences.map((s) => s.end));
  for (const cut of cuts.slice(1)) {
    let end = cut;
    while (oneLine[end - 1] === ' ') end--;  // the spaces after a sentence stay with it
    assert.ok(ends.has(end), `cut ${cut} at a sentence end`);
    assert.notEqual(oneLine[cut], ' ', 'no block starts with a space');
  }

  const blob = 'x'.repeat(50000);
  assert.deepEqual(blockCuts(blob, []).slice(0, 3), [0, 2000, 4000]);
});

test('events in plain words, as CSV rows and as Web Annotations on their triggers', () => {
  const [supply, attack] = CONTRACT_RESULT.events;
  assert.equal(eventText(CONTRACT_RESULT, supply), 'North Korea → arms supply → Russia: missile');
  assert.equal(eventText(CONTRACT_RESULT, attack), 'Russia → attack → civili · domani · hypothetical');
  const time = { ...supply, time: { text: 'ieri', value: '2024-03-11', mention: null }, dead: 3, source: { text: 'fonti ucraine' } };
  assert.equal(eventText(CONTRACT_RESULT, time), 'North Korea → arms supply → Russia: missile · ieri · 3 dead · according to fonti ucraine');

  const [header, ...rows] = eventsCsv(CONTRACT_RESULT).trim().split('\r\n');
  assert.equal(header, 'id,type,mode,label,modality,trigger,start,end,sentence,actor,recipient,instrument,location,time,time_value,'
    + 'dead,injured,source,confidence,summary');
  assert.equal(rows.length, 2);
  assert.match(rows[1], /^v2,ASSAULT,,attack,hypothetical,colpire,\d+,\d+,0,Russia,civili,,,domani,2024-03-13,,,,0.6,Russia → attack → civili · domani · hypothetical$/);

  const doc = toWebAnnotation(CONTRACT_TEXT, CONTRACT_RESULT);
  const items = doc.first.items;
  assert.equal(items.length, CONTRACT_RESULT.mentions.length + 2);
  assert.equal(doc.total, items.length);
  const event = items.at(-2);
  assert.equal(event.id, 'urn:article-annotator:document#event-v1');
  assert.equal(event.target.selector[0].exact, 'vende');
  assert.deepEqual(event.body.slice(0, 2).map((b) => b.value), ['AID', 'North Korea → arms supply → Russia: missile']);
  assert.ok(event.body.some((b) => b.purpose === 'linking' && b.source.endsWith('#mention-3')));
});

test('entity links in the CSV: GeoNames and Wikidata pages', () => {
  const csv = entitiesCsv({ mentions: [{ text: 'Russia' }],
    entities: [{ id: 'e1', category: 'actor', type: 'country', name: 'Russia', mentions: [0], ids: { iso3166: 'RU', wikidata: 'Q159', geonames: 2017370 } }] });
  assert.match(csv.split('\r\n')[1], /,RU,2017370,Q159,,,https:\/\/www\.geonames\.org\/2017370 https:\/\/www\.wikidata\.org\/wiki\/Q159,Russia$/);
});

test('map outlines: relative path data keeps every point', () => {
  const absolute = 'M716,215L717,215L717,216L716,216ZM0,212L3,210L1,212Z';
  const relative = relativePath(absolute);
  assert.equal(relative, 'M716 215l1 0 0 1-1 0zM0 212l3-2-2 2z');
  const points = [];
  let x = 0, y = 0;
  for (const [, cmd, body] of relative.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const n = (body.match(/-?\d+/g) || []).map(Number);
    for (let i = 0; i < n.length; i += 2) {
      [x, y] = cmd === 'M' ? [n[i], n[i + 1]] : [x + n[i], y + n[i + 1]];
      points.push(`${x},${y}`);
    }
  }
  assert.deepEqual(points, [...absolute.matchAll(/-?\d+,-?\d+/g)].map((m) => m[0]));
});

test('merged chunk results shift events: trigger, argument spans, mentions, entities, sentences', () => {
  const start = CONTRACT_TEXT.length + 2, byteStart = utf8Length(CONTRACT_TEXT) + 2;
  const merged = mergeResults([{ start: 0, byteStart: 0, result: CONTRACT_RESULT }, { start, byteStart, result: CONTRACT_RESULT }]);
  const text = `${CONTRACT_TEXT}\n\n${CONTRACT_TEXT}`;
  assert.equal(merged.events.length, 4);
  const [, , supply, attack] = merged.events;
  assert.deepEqual(merged.events.map((e) => e.id), ['v1', 'v2', 'v3', 'v4']);
  assert.equal(text.slice(attack.trigger.start, attack.trigger.end), 'colpire');
  const civili = attack.arguments[1];
  assert.equal(text.slice(civili.start, civili.end), 'civili');
  assert.equal(attack.sentence, 1);
  for (const arg of supply.arguments) {
    assert.equal(text.slice(arg.start, arg.end), merged.mentions[arg.mention].text);
    assert.equal(merged.mentions[arg.mention].entity, arg.entity);
  }
});
