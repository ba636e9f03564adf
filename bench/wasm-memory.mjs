// How much WebAssembly memory one annotation of a long text takes, per input byte:
//   node bench/wasm-memory.mjs FILE [OPTIONS_JSON]      (e.g. '{"tokens":true}')
// Reads the wasm heap size before and after one call on FILE (the heap only ever
// grows, so the difference is the call's high-water mark, its input copy included).
import { readFileSync } from 'node:fs';

const [file, optionsJson = '{}'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/wasm-memory.mjs FILE [OPTIONS_JSON]');
  process.exit(2);
}
const dir = new URL('../build-wasm/bin/', import.meta.url);
const { default: createAnnotatorCore } = await import(new URL('annotator-core.mjs', dir));
const { default: wasmBase64 } = await import(new URL('annotator-wasm.mjs', dir));
const core = await createAnnotatorCore({ wasmBinary: Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0)) });

const encoder = new TextEncoder();
function copyIn(bytes) {
  const ptr = core._malloc(bytes.length + 1);
  core.HEAPU8.set(bytes, ptr);
  return ptr;
}
const handle = core._annotator_create(copyIn(encoder.encode('{}\0')));
const options = copyIn(encoder.encode(`${optionsJson}\0`));
const warmUp = encoder.encode('La Russia ha chiesto munizioni.');
core._annotator_annotate(handle, copyIn(warmUp), warmUp.length, options);

const before = core.HEAPU8.length;
const text = readFileSync(file);
const started = performance.now();
core._annotator_annotate(handle, copyIn(text), text.length, options);
const after = core.HEAPU8.length;
console.log(`input ${text.length} bytes, ${(performance.now() - started).toFixed(0)} ms; wasm heap ` +
  `${before} -> ${after} bytes: ${((after - before) / text.length).toFixed(1)} bytes per input byte; ` +
  `result ${core._annotator_result_length(handle)} bytes`);
