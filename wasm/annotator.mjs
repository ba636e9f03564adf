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

const encoder = new TextEncoder();
const decoder = new TextDecoder();
let loading = null;

function wrap(core) {
  const handle = core._annotator_create();
  if (!core._annotator_ready(handle)) {
    const error = JSON.parse(readResult(core, handle, core._annotator_annotate(handle, 0, 0, 0)));
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

function callCore(core, handle, text, options) {
  const bytes = encoder.encode(text);
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

/** Loads the WebAssembly core once; resolves to { annotate, annotateJson }. */
export function load() {
  if (!loading) loading = createAnnotatorCore({ wasmBinary: decodeBase64(wasmBase64) }).then(wrap);
  return loading;
}

/** One-call form: loads on first use. */
export async function annotate(text, options = {}) {
  return (await load()).annotate(text, options);
}
