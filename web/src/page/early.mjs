// Runs inline at the top of index.html's <head>, before app.js has downloaded:
// starts the annotation worker (from a Blob URL of its bundled code, which works
// from file:// as well as over http) and, over http, compiles the core as it
// downloads and fetches the shared pack. app.js (worker-client.mjs) takes them
// over; from file://, where nothing can be fetched, it loads app-data.js instead.
import workerSource from 'virtual:worker-source';
import { CORE_FILE, SHARED_FILES } from '../shared/core-files.mjs';

function download() {
  const bytesOf = (response) => {
    if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
    return response.arrayBuffer();
  };
  const core = WebAssembly.compileStreaming(fetch(CORE_FILE));
  const shared = SHARED_FILES.map((file) => fetch(file).then(bytesOf));
  for (const started of [core, ...shared]) started.catch(() => {});  // app.js reports failures
  return { core, shared };
}

const workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
const worker = new Worker(workerUrl);
const start = globalThis.annotatorStart = {
  workerUrl, worker, failure: null,
  downloads: location.protocol === 'file:' ? null : download(),
};
worker.onerror = (event) => { start.failure = event.message || 'the worker failed to start'; };  // until app.js listens
