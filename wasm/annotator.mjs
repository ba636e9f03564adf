// The annotator's JavaScript API.
//
//   import { load } from './annotator.mjs';
//   const annotator = await load();          // the core, the lexicon and both languages
//   const result = annotator.annotate('La Russia ...', { lang: 'it' });
//
// annotate() returns the result object of docs/result-contract.md; annotateJson()
// returns the same result as the JSON text the native CLI prints, byte for byte.
//
// The WebAssembly core (annotator-core.wasm: the code and ICU) and its data packs
// are files next to this module: the lexicon and the event data (lexicon.bin,
// events.bin, both languages) and one
// pack per language (tagger-it.bin, tagger-en.bin). load({ langs: [] }) loads no
// language pack: prepare(text) then loads the one the text needs (its language is
// detected by the core, which needs no pack), once; annotate() refuses a language
// whose pack is not loaded. load({ source }) reads the files another way:
// source(name) resolves to a Response (the core then compiles as it downloads),
// an ArrayBuffer or bytes.
import createAnnotatorCore from './annotator-core.mjs';

// The longest text one call takes, in UTF-8 bytes: the core's kMaxTextBytes
// (core/include/annotator/annotator.h, docs/result-contract.md).
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

export const LANGUAGES = ['it', 'en'];
export const CORE_FILE = 'annotator-core.wasm';
// What each pack holds: files, and the resource (annotator.h) each one is.
export const SHARED_PACK = [{ file: 'lexicon.bin', resource: 'lexicon' }, { file: 'events.bin', resource: 'events' }];
export const LANGUAGE_PACKS = {
  it: [{ file: 'tagger-it.bin', resource: 'tagger_it' }],
  en: [{ file: 'tagger-en.bin', resource: 'tagger_en' }],
};
/** Every file load() may read, core first. */
export const FILES = [CORE_FILE, ...[SHARED_PACK, ...Object.values(LANGUAGE_PACKS)].flat().map((p) => p.file)];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Files next to this module: fetched in a browser, read from disk in Node.
async function besideThisModule(name) {
  const url = new URL(name, import.meta.url);
  if (url.protocol !== 'file:') return fetch(url);
  const { readFile } = await import('node:fs/promises');
  return readFile(url);
}

async function bytesOf(file, name) {
  if (typeof Response !== 'undefined' && file instanceof Response) {
    if (!file.ok) throw new Error(`annotator: ${name}: HTTP ${file.status}`);
    return new Uint8Array(await file.arrayBuffer());
  }
  if (file instanceof ArrayBuffer) return new Uint8Array(file);
  if (ArrayBuffer.isView(file)) return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  throw new TypeError(`annotator: ${name}: the source gave no bytes`);
}

// Compiles the core while it downloads where it can (a Response served as
// application/wasm), else from its bytes; a source may also give it compiled.
async function instantiate(source, imports) {
  const file = await source(CORE_FILE);
  if (file instanceof WebAssembly.Module) return { instance: await WebAssembly.instantiate(file, imports), module: file };
  const streams = typeof Response !== 'undefined' && file instanceof Response && file.ok &&
    typeof WebAssembly.instantiateStreaming === 'function' &&
    (file.headers.get('content-type') || '').startsWith('application/wasm');
  if (streams) return WebAssembly.instantiateStreaming(file, imports);
  return WebAssembly.instantiate(await bytesOf(file, CORE_FILE), imports);
}

function startCore(source) {
  return new Promise((ok, fail) => {
    createAnnotatorCore({
      printErr() {},  // Emscripten's own warnings stay quiet: every failure rejects instead
      instantiateWasm(imports, done) {
        instantiate(source, imports).then(({ instance, module }) => done(instance, module), fail);
        return {};
      },
    }).then((core) => ok({ core, source, files: new Map() }), fail);
  });
}

// One core per source, and each file copied into its memory once, where the
// core reads it for as long as the page lives.
const cores = new Map();
function coreFor(source) {
  if (!cores.has(source)) {
    const starting = startCore(source);
    starting.catch(() => cores.delete(source));  // a later call may try again
    cores.set(source, starting);
  }
  return cores.get(source);
}

// A file's bytes, asked for once per source (before the core is ready, so that
// the lexicon downloads while the core compiles) until copied into the core.
const fetched = new Map();  // source -> name -> bytes (a promise)
function bytesFrom(source, name) {
  if (!fetched.has(source)) fetched.set(source, new Map());
  const files = fetched.get(source);
  if (!files.has(name)) {
    const reading = Promise.resolve(source(name)).then((file) => bytesOf(file, name));
    reading.catch(() => files.delete(name));
    files.set(name, reading);
  }
  return files.get(name);
}

function fileInCore(state, name) {
  if (!state.files.has(name)) {
    const copying = bytesFrom(state.source, name).then((bytes) => {
      fetched.get(state.source)?.delete(name);  // the core's copy is the one kept
      const ptr = state.core._malloc(Math.max(bytes.length, 1));
      state.core.HEAPU8.set(bytes, ptr);
      return { ptr, size: bytes.length };
    });
    copying.catch(() => state.files.delete(name));
    state.files.set(name, copying);
  }
  return state.files.get(name);
}

function withCString(core, text, use) {
  const bytes = encoder.encode(text + '\0');
  const ptr = core._malloc(bytes.length);
  core.HEAPU8.set(bytes, ptr);
  try { return use(ptr); } finally { core._free(ptr); }
}

function readResult(core, handle, ptr) {
  const length = core._annotator_result_length(handle);
  return decoder.decode(core.HEAPU8.subarray(ptr, ptr + length));
}

function errorOf(core, handle) {
  return JSON.parse(readResult(core, handle, core._annotator_result(handle))).error;
}

function tooLong(bytes) {
  return new RangeError(`annotate: the text is ${bytes} bytes of UTF-8, more than the ${MAX_TEXT_BYTES} ` +
    'one call annotates: split it (at paragraphs) and annotate the pieces');
}

// The text in the core's memory for the length of use(ptr, length).
function withText(core, text, use) {
  if (typeof text !== 'string') throw new TypeError('annotate: text must be a string');
  if (text.length > MAX_TEXT_BYTES) throw tooLong(`at least ${text.length}`);  // a unit is a byte or more
  const bytes = encoder.encode(text);
  if (bytes.length > MAX_TEXT_BYTES) throw tooLong(bytes.length);
  const ptr = core._malloc(bytes.length + 1);
  core.HEAPU8.set(bytes, ptr);
  try { return use(ptr, bytes.length); } finally { core._free(ptr); }
}

async function addPack(state, handle, pack) {
  const { core } = state;
  for (const { file, resource } of pack) {
    const { ptr, size } = await fileInCore(state, file);
    const added = withCString(core, resource, (name) => core._annotator_add_resource(handle, name, ptr, size));
    if (!added) throw new Error(`annotator: ${file}: ${errorOf(core, handle)}`);
  }
}

async function createAnnotator(state, terms) {
  const { core } = state;
  const [lexicon, ...others] = SHARED_PACK;
  const { ptr, size } = await fileInCore(state, lexicon.file);
  const handle = withCString(core, JSON.stringify({ terms }), (config) => core._annotator_create(config, ptr, size));
  if (!core._annotator_ready(handle)) {
    const error = errorOf(core, handle);
    core._annotator_destroy(handle);
    throw new Error(`annotator: ${error}`);
  }
  await addPack(state, handle, others);
  const languages = new Map();  // lang -> its pack, loading or loaded
  const loaded = new Set();

  const annotator = {
    /** The language annotate() detects for text ('it' or 'en'); needs no pack. */
    languageOf(text) {
      return withText(core, text, (ptr, length) => {
        const at = core._annotator_language_of(handle, ptr, length);
        return decoder.decode(core.HEAPU8.subarray(at, at + 2));
      });
    },
    hasLanguage: (lang) => loaded.has(lang),
    /** Loads the pack of lang ('it' or 'en') once. */
    loadLanguage(lang) {
      if (!LANGUAGE_PACKS[lang]) return Promise.reject(new RangeError(`annotator: no language '${lang}'`));
      if (!languages.has(lang)) {
        const adding = addPack(state, handle, LANGUAGE_PACKS[lang]).then(() => { loaded.add(lang); });
        adding.catch(() => languages.delete(lang));
        languages.set(lang, adding);
      }
      return languages.get(lang);
    },
    /** Loads what annotate(text, options) needs; resolves to the text's language. */
    async prepare(text, options = {}) {
      const lang = LANGUAGE_PACKS[options.lang] ? options.lang : annotator.languageOf(text);
      await annotator.loadLanguage(lang);
      return lang;
    },
    annotateJson(text, options = {}) {
      if (loaded.size < LANGUAGES.length) {
        const lang = LANGUAGE_PACKS[options.lang] ? options.lang : annotator.languageOf(text);
        if (!loaded.has(lang)) {
          throw new Error(`annotator: the '${lang}' pack is not loaded: await annotator.prepare(text) first`);
        }
      }
      return withText(core, text, (ptr, length) => withCString(core, JSON.stringify(options), (optionsPtr) =>
        readResult(core, handle, core._annotator_annotate(handle, ptr, length, optionsPtr))));
    },
    annotate(text, options = {}) {
      return JSON.parse(annotator.annotateJson(text, options));
    },
  };
  return annotator;
}

const shared = new Map();  // source -> the annotator without terms

/**
 * Loads the WebAssembly core once; resolves to { annotate, annotateJson, prepare,
 * languageOf, loadLanguage, hasLanguage }.
 * config.langs: the language packs to load now (default both; [] for none).
 * config.terms: [{ text, category, type }] adds the user's own names (e.g.
 * { text: 'Wagner', category: 'actor', type: 'group' }; override: true also wins
 * inside a longer mention; category 'none' unmarks the words); with terms, each call
 * gives a new annotator, without them the same shared one.
 * config.source: name -> Response | ArrayBuffer | bytes (default: the files next
 * to this module).
 */
export async function load(config = {}) {
  const terms = Array.isArray(config.terms) ? config.terms : [];
  const source = config.source || besideThisModule;
  let annotator;
  if (terms.length > 0) {
    annotator = await createAnnotator(await coreFor(source), terms);  // the core's files are loaded or loading
  } else {
    if (!shared.has(source)) {
      for (const { file } of SHARED_PACK) bytesFrom(source, file).catch(() => {});  // while the core compiles
      const creating = coreFor(source).then((state) => createAnnotator(state, []));
      creating.catch(() => shared.delete(source));
      shared.set(source, creating);
    }
    annotator = await shared.get(source);
  }
  await Promise.all((config.langs ?? LANGUAGES).map((lang) => annotator.loadLanguage(lang)));
  return annotator;
}

/** One-call form: loads on first use, and the text's language pack. */
export async function annotate(text, options = {}) {
  const annotator = await load({ langs: [] });
  const lang = await annotator.prepare(text, options);
  return annotator.annotate(text, { ...options, lang });
}
