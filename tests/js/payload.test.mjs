// The size budget (DEVELOPERS.md): everything the page downloads, and everything
// the embed downloads, is at most 1.5 MB after gzip. The same files and level as
// tools/payload-size.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { PAGE_DIR } from './fixtures.mjs';

const BUDGET = 1_500_000;
const gzipped = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(`${PAGE_DIR}/${f}`), { level: 9 }).length, 0);

test('the page downloads at most 1.5 MB gzip', () => {
  const bytes = gzipped(['index.html', 'style.css', 'favicon.svg', 'app.js']);
  assert.ok(bytes <= BUDGET, `page: ${bytes} bytes gzip`);
});

test('the embed downloads at most 1.5 MB gzip', () => {
  const bytes = gzipped(['annotator.js', 'annotator.mjs']);
  assert.ok(bytes <= BUDGET, `embed: ${bytes} bytes gzip`);
});
