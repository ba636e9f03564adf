// The annotator's JavaScript API.
//
//   import { load } from './annotator.mjs';
//   const annotator = await load();
//   const result = annotator.annotate('La Russia ...', { lang: 'it' });
//
// annotate() returns the result object of docs/result-contract.md; annotateJson()
// returns the same result as the JSON text the native CLI prints, byte for byte.
import createAnnotatorCore from './annotator-core.mjs';
import wasmBase64 from './annotator-wasm.mjs';

// The longest text one call takes, in UTF-8 bytes: the core's kMaxTextBytes
// (core/include/annotator/annotator.h, docs/result-contract.md).
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
let coreLoading = null;     // the WebAssembly instance, shared by all annotators
let defaultAnnotator = null;

function wrap(core, config) {
  const configBytes = encoder.encode(JSON.stringify(config) + '\0');
  const configPtr = core._malloc(configBytes.length);
  core.HEAPU8.set(configBytes, configPtr);
  const handle = core._annotator_create(configPtr);
  core._free(configPtr);
  if (!core._annotator_ready(handle)) {
    const error = JSON.parse(readResult(core, handle, core._annotator_annotate(handle, 0, 0, 0)));
    core._annotator_destroy(handle);
    throw new Error(`annotator: ${error.error}`);
  }
  return {
    annotateJson(text, options = {}) {
      if (typeof text !== 'string') throw new TypeError('annotate: text must be a string');
      return callCore(core, handle, text, options);
    },
    annotate(text, options = {}) {
      return JSON.parse(this.annotateJson(text, options));
    },
  };
}

function tooLong(bytes) {
  return new RangeError(`annotate: the text is ${bytes} bytes of UTF-8, more than the ${MAX_TEXT_BYTES} ` +
    'one call annotates: split it (at paragraphs) and annotate the pieces');
}

function callCore(core, handle, text, options) {
  if (text.length > MAX_TEXT_BYTES) throw tooLong(`at least ${text.length}`);  // a unit is a byte or more
  const bytes = encoder.encode(text);
  if (bytes.length > MAX_TEXT_BYTES) throw tooLong(bytes.length);
  const optionBytes = encoder.encode(JSON.stringify(options) + '\0');
  const textPtr = core._malloc(bytes.length + 1);
  const optionsPtr = core._malloc(optionBytes.length);
  try {
    core.HEAPU8.set(bytes, textPtr);
    core.HEAPU8.set(optionBytes, optionsPtr);
    const resultPtr = core._annotator_annotate(handle, textPtr, bytes.length, optionsPtr);
    return readResult(core, handle, resultPtr);
  } finally {
    core._free(textPtr);
    core._free(optionsPtr);
  }
}

function readResult(core, handle, ptr) {
  const length = core._annotator_result_length(handle);
  return decoder.decode(core.HEAPU8.subarray(ptr, ptr + length));
}

function decodeBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function loadCore() {
  if (!coreLoading) coreLoading = createAnnotatorCore({ wasmBinary: decodeBase64(wasmBase64) });
  return coreLoading;
}

/**
 * Loads the WebAssembly core once; resolves to { annotate, annotateJson }.
 * config.terms: [{ text, category, type }] adds the user's own names (e.g.
 * { text: 'Wagner', category: 'actor', type: 'group' }; override: true also wins
 * inside a longer mention; category 'none' unmarks the words); with terms, each call
 * gives a new annotator, without them the same shared one.
 */
export function load(config = {}) {
  const terms = Array.isArray(config.terms) ? config.terms : [];
  if (terms.length > 0) return loadCore().then((core) => wrap(core, { terms }));
  if (!defaultAnnotator) defaultAnnotator = loadCore().then((core) => wrap(core, {}));
  return defaultAnnotator;
}

/** One-call form: loads on first use. */
export async function annotate(text, options = {}) {
  return (await load()).annotate(text, options);
}
