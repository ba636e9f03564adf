#!/usr/bin/env node
// Self-check of the lexicon TSV files:  node tools/lexicon/check.mjs OUTDIR [DATADIR]
//
// Validates every *.tsv in OUTDIR (the output of extract.mjs) and in DATADIR (default: the
// repository's data/, recursively): column counts, allowed categories / types / classes /
// languages, extra fields (key=value; lat/lon/pop/country/wikidata/geonames syntax), no empty
// names, no duplicate (name, category, type, key) rows (format A) or (word, class, lang, position)
// rows (format B). Prints counts and byte sizes; exits 1 on any error.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

export const TYPES = {
  actor: new Set(['person', 'organization', 'country', 'group']),
  place: new Set(['country', 'city', 'region', 'location', 'facility']),
  weapon: new Set(['firearm', 'artillery', 'munition', 'missile', 'rocket', 'drone', 'aircraft', 'armoured_vehicle',
    'vessel', 'air_defence', 'explosive', 'nuclear', 'chemical_biological', 'weapon']),
};
const LANGS = new Set(['it', 'en', '*']);
// format B: allowed classes per file name
const CLASSES = {
  'weapon-grammar.tsv': new Set(['head', 'modifier_after', 'modifier_before']),
  'roles.tsv': new Set(['role', 'group_noun']),
  'demonyms.tsv': new Set(['demonym']),
  'place-triggers.tsv': new Set(['region_word', 'city_word', 'facility_word', 'location_word', 'direction', 'locative_prep']),
  'org-patterns.tsv': new Set(['org_head', 'org_tail']),
  'place-context.tsv': new Set(['direction', 'facility_word', 'region_word', 'city_word', 'location_word']),
  'recipient-verbs.tsv': new Set(['recipient_verb']),
  'weapon-grammar-extra.tsv': new Set(['head', 'modifier_after', 'modifier_before']),
};
const HEADER_A = '# name\tcategory\ttype\tkey\tlang\textra';
const HEADER_B = '# word\tclass\tlang\textra';
const HEADER_GEONAMES = '# key\tlang\tname';
const HEADER_NAMES = '# name\tlang';
const HEADER_DISPLAY = '# key\tcanonical';  // display-name overrides
const KINDS = new Set(['government', 'military', 'diplomatic', 'media', 'other', 'intelligence']);
const ROLE_KINDS = new Set([...KINDS, 'honorific', 'name_title', 'sport']);  // "Mr", "Defender": trimmed from names; "don": kept in them
const PLACE_TYPES = TYPES.place;

function parseExtra(s, err) {
  const m = new Map();
  if (!s) return m;
  for (const kv of s.split(';')) {
    const i = kv.indexOf('=');
    if (i <= 0) { err(`extra field "${kv}" is not key=value`); continue; }
    const k = kv.slice(0, i), v = kv.slice(i + 1);
    if (m.has(k)) err(`extra key "${k}" repeated`);
    if (v === '') err(`extra key "${k}" has an empty value`);
    m.set(k, v);
  }
  return m;
}

function checkExtraValues(m, err) {
  const num = (k, lo, hi) => {
    if (!m.has(k)) return;
    const v = Number(m.get(k));
    if (!/^-?\d+(\.\d+)?$/.test(m.get(k)) || v < lo || v > hi) err(`${k}=${m.get(k)} out of range`);
  };
  num('lat', -90, 90);
  num('lon', -180, 180);
  if (m.has('lat') !== m.has('lon')) err('lat without lon or lon without lat');
  if (m.has('pop') && !/^\d+$/.test(m.get('pop'))) err(`pop=${m.get('pop')} is not an integer`);
  if (m.has('country') && !/^[A-Z]{2}$/.test(m.get('country'))) err(`country=${m.get('country')} is not ISO 3166-1 alpha-2`);
  if (m.has('wikidata') && !/^Q\d+$/.test(m.get('wikidata'))) err(`wikidata=${m.get('wikidata')} is not a Qid`);
  if (m.has('geonames') && !/^\d+$/.test(m.get('geonames'))) err(`geonames=${m.get('geonames')} is not numeric`);
  if (m.has('ambiguous') && m.get('ambiguous') !== '1') err('ambiguous must be 1');
  if (m.has('generic') && m.get('generic') !== '1') err('generic must be 1');
}

function lines(text) {
  return text.split('\n').map((l, i) => [i + 1, l.replace(/\r$/, '')]);
}

export function checkFile(file) {
  const errors = [];
  const text = fs.readFileSync(file, 'utf8');
  const base = path.basename(file);
  const L = lines(text);
  const header = L[0] ? L[0][1] : '';
  let rows = 0;
  const seen = new Map();
  const counts = {};
  const bump = (k) => { counts[k] = (counts[k] || 0) + 1; };
  const E = (n, msg) => { if (errors.length < 200) errors.push(`${file}:${n}: ${msg}`); else if (errors.length === 200) errors.push(`${file}: more errors omitted`); };
  if (text.includes('\uFFFD')) E(0, 'contains U+FFFD (bad UTF-8?)');
  if (text.length && !text.endsWith('\n')) E(L.length, 'no final newline');
  let format;
  if (header === HEADER_A) format = 'A';
  else if (header === HEADER_B) format = 'B';
  else if (header === HEADER_GEONAMES) format = 'G';
  else if (header === HEADER_NAMES) format = 'N';
  else if (header === HEADER_DISPLAY) format = 'D';
  else { E(1, `unknown header ${JSON.stringify(header)}`); return { file, format: '?', rows, bytes: Buffer.byteLength(text), errors, counts }; }

  for (const [n, line] of L.slice(1)) {
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split('\t');
    const err = (msg) => E(n, msg);
    rows++;
    if (f.some((x) => x !== x.trim())) err('a field has leading or trailing spaces');
    if (format === 'D') {
      if (f.length !== 2 || !f[0] || !f[1]) err(`expected key and canonical name, got ${f.length} columns`);
      continue;
    }
    if (format === 'A') {
      if (f.length !== 6) { err(`expected 6 columns, got ${f.length}`); continue; }
      const [name, category, type, key, lang, extra] = f;
      if (!name) err('empty name');
      if (!TYPES[category]) err(`bad category "${category}"`);
      else if (!TYPES[category].has(type)) err(`bad type "${type}" for category ${category}`);
      if (!key) err('empty key');
      if (!LANGS.has(lang)) err(`bad lang "${lang}"`);
      const m = parseExtra(extra, err);
      checkExtraValues(m, err);
      if (category === 'place' && type === 'country' && !/^[A-Z]{2}$/.test(key)) err(`country key "${key}" is not ISO2`);
      if (key.startsWith('geonames:') && !/^geonames:\d+$/.test(key)) err(`bad geonames key "${key}"`);
      if (key.startsWith('geonames:') && m.has('geonames') && m.get('geonames') !== key.slice(9)) err('geonames= differs from key');
      if (!/^[\w:.\-]+$/u.test(key)) err(`key "${key}" has characters other than letters, digits, _ : . -`);
      if (!m.has('canonical') && key !== 'first_name') err('no canonical=');
      const id = `${name}\t${category}\t${type}\t${key}`;
      if (seen.has(id)) err(`duplicate row (first at line ${seen.get(id)})`);
      else seen.set(id, n);
      bump(`${category}/${type}`);
    } else if (format === 'B') {
      if (f.length !== 4) { err(`expected 4 columns, got ${f.length}`); continue; }
      const [word, cls, lang, extra] = f;
      if (!word) err('empty word');
      const allowed = CLASSES[base];
      if (allowed && !allowed.has(cls)) err(`class "${cls}" not allowed in ${base}`);
      if (!/^[a-z_]+$/.test(cls)) err(`bad class "${cls}"`);
      if (!LANGS.has(lang)) err(`bad lang "${lang}"`);
      const m = parseExtra(extra, err);
      checkExtraValues(m, err);
      if (m.has('type') && !TYPES.weapon.has(m.get('type')) && !PLACE_TYPES.has(m.get('type')) && !TYPES.actor.has(m.get('type'))) err(`bad type=${m.get('type')}`);
      if (cls === 'head' && !(m.has('type') && TYPES.weapon.has(m.get('type')))) err('head needs type=<weapon type>');
      if ((cls === 'modifier_after' || cls === 'modifier_before') && m.has('type') && !TYPES.weapon.has(m.get('type'))) err('modifier type must be a weapon type');
      if (cls === 'demonym' && !m.has('country')) err('demonym needs country=');
      if (m.has('stance') && !['pro', 'anti'].includes(m.get('stance'))) err('stance must be pro or anti');
      const kinds = cls === 'role' ? ROLE_KINDS : KINDS;
      if ((cls === 'role' || cls === 'group_noun') && !kinds.has(m.get('kind'))) err(`${cls} needs kind=${[...kinds].join('|')}`);
      if (cls === 'org_head' && m.has('kind') && !['body', 'named', 'unit'].includes(m.get('kind'))) err('org_head kind must be body|named|unit');
      if (cls === 'locative_prep' && !['strong', 'weak'].includes(m.get('strength'))) err('locative_prep needs strength=strong|weak');
      if (/_word$/.test(cls) && !['before', 'after'].includes(m.get('position'))) err(`${cls} needs position=before|after`);
      if (/_word$/.test(cls) && !PLACE_TYPES.has(m.get('type'))) err(`${cls} needs type=<place type>`);
      const id = `${word}\t${cls}\t${lang}\t${m.get('position') || ''}`;
      if (seen.has(id)) err(`duplicate row (first at line ${seen.get(id)})`);
      else seen.set(id, n);
      bump(cls);
    } else if (format === 'G') {
      if (f.length !== 3) { err(`expected 3 columns, got ${f.length}`); continue; }
      const [key, lang, name] = f;
      if (!/^(\d+|[A-Z]{2}\.\w+)$/.test(key)) err(`bad GeoNames key "${key}"`);
      if (!['it', 'en'].includes(lang)) err(`bad lang "${lang}"`);
      if (!name) err('empty name');
      const id = `${key}\t${lang}`;
      if (seen.has(id)) err(`duplicate row (first at line ${seen.get(id)})`);
      else seen.set(id, n);
      bump(lang);
    } else if (format === 'N') {
      if (f.length !== 2) { err(`expected 2 columns, got ${f.length}`); continue; }
      if (!f[0]) err('empty name');
      if (!LANGS.has(f[1])) err(`bad lang "${f[1]}"`);
      bump(f[1]);
    }
  }
  return { file, format, rows, bytes: Buffer.byteLength(text), errors, counts };
}

// The event data (data/events) has its own format, checked by its compiler
// (tools/events_compiler), and is not a lexicon.
const NOT_LEXICONS = new Set(['events']);

function tsvFiles(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!NOT_LEXICONS.has(e.name)) out.push(...tsvFiles(p)); }
    else if (e.name.endsWith('.tsv')) out.push(p);
  }
  return out;
}

// Extra checks on the generated files: required files, size budgets, first-name cap.
export function checkAll(outDir, dataDir = path.join(ROOT, 'data')) {
  const results = [];
  const errors = [];
  for (const req of ['places.tsv', 'first-names.tsv']) {
    if (!fs.existsSync(path.join(outDir, req))) errors.push(`${path.join(outDir, req)}: missing`);
  }
  for (const f of [...tsvFiles(outDir), ...tsvFiles(dataDir)]) {
    const r = checkFile(f);
    results.push(r);
    errors.push(...r.errors);
  }
  const by = (name) => results.find((r) => r.file === path.join(outDir, name));
  const places = by('places.tsv'), names = by('first-names.tsv');
  // A guard against runaway extraction; the binding budget is the page's 1.5 MB gzip (tools/payload-size.sh).
  if (places && places.bytes > 1.75 * 1024 * 1024) errors.push(`places.tsv is ${places.bytes} bytes (budget 1.75 MiB)`);
  if (names && names.rows > 10000) errors.push(`first-names.tsv has ${names.rows} names (cap 10,000)`);
  return { results, errors };
}

function main() {
  const outDir = process.argv[2];
  if (!outDir) { console.error('usage: node tools/lexicon/check.mjs OUTDIR [DATADIR]'); process.exit(2); }
  const { results, errors } = checkAll(outDir, process.argv[3]);
  const rel = (f) => path.relative(process.cwd(), f) || f;
  let totalRows = 0, totalBytes = 0;
  for (const r of results) {
    totalRows += r.rows; totalBytes += r.bytes;
    const c = Object.entries(r.counts).sort().map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`${rel(r.file).padEnd(44)} ${String(r.rows).padStart(6)} rows ${String(r.bytes).padStart(9)} bytes  ${c}`);
  }
  console.log(`${'total'.padEnd(44)} ${String(totalRows).padStart(6)} rows ${String(totalBytes).padStart(9)} bytes`);
  if (errors.length) {
    for (const e of errors.slice(0, 100)) console.error(e);
    console.error(`${errors.length} error(s)`);
    process.exit(1);
  }
  console.log('lexicon check: OK');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
