// The size budgets (issue 12), gzip -9 as tools/payload-size.sh counts: what a
// visitor downloads over http (the page or the embed, the core, the shared pack and
// the pack of the one language read) and the full set (every file, both languages).
// The file:// page's app-data.js is not downloaded over http and is not counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { PAGE_DIR, WASM_MODULE } from './fixtures.mjs';

const { CORE_FILE, SHARED_PACK, LANGUAGE_PACKS } = await import(WASM_MODULE);
const FULL_SET_BUDGET = 1_500_000;
const ONE_LANGUAGE_BUDGET = 900_000;

const gzipped = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(`${PAGE_DIR}/${f}`), { level: 9 }).length, 0);
const PAGE = ['index.html', 'favicon.svg'];  // index.html has its style and scripts inline
const EMBED = ['annotator.js', 'annotator.mjs'];
const CORE = [CORE_FILE, ...SHARED_PACK.map((p) => p.file)];
const packOf = (lang) => LANGUAGE_PACKS[lang].map((p) => p.file);
const largestLanguage = (front) => Math.max(...Object.keys(LANGUAGE_PACKS).map((lang) => gzipped([...front, ...CORE, ...packOf(lang)])));
const fullSet = (front) => gzipped([...front, ...CORE, ...Object.keys(LANGUAGE_PACKS).flatMap(packOf)]);

test('page and embed: everything, both languages, at most 1.5 MB gzip', () => {
  for (const [name, front] of [['page', PAGE], ['embed', EMBED]]) {
    const bytes = fullSet(front);
    console.log(`${name}, full set: ${bytes} bytes gzip`);
    assert.ok(bytes <= FULL_SET_BUDGET, `${name}: ${bytes} bytes gzip`);
  }
});

test('page and embed: a visitor of one language downloads less than the full set', () => {
  for (const [name, front] of [['page', PAGE], ['embed', EMBED]]) {
    const bytes = largestLanguage(front);
    console.log(`${name}, one language (the larger): ${bytes} bytes gzip`);
    assert.ok(bytes < fullSet(front));
  }
});

test('a visitor of one language downloads at most 900 KB gzip', () => {
  for (const front of [PAGE, EMBED]) assert.ok(largestLanguage(front) <= ONE_LANGUAGE_BUDGET, `${largestLanguage(front)} bytes`);
});
