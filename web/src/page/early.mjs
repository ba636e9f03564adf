// Runs inline at the top of index.html's <head>, before the rest of the page is
// parsed: starts the annotation worker (from a Blob URL of its bundled code, which
// works from file:// as well as over http) and, over http, compiles the core as it
// downloads and reads the shared pack (the preload links before this script have
// asked for them already). The page's script (worker-client.mjs) takes them over;
// from file://, where nothing can be fetched, it loads app-data.js instead.
import workerSource from 'virtual:worker-source';
import { CORE_FILE, SHARED_FILES } from '../shared/core-files.mjs';

function download() {
  const bytesOf = (response) => {
    if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
    return response.arrayBuffer();
  };
  // Asked for as the preload links did (no-cors, which for the page's own origin
  // gives a readable response), so that the browser hands their responses over.
  const get = (file) => fetch(file, { mode: 'no-cors', credentials: 'include' });
  const core = WebAssembly.compileStreaming(get(CORE_FILE));
  const shared = SHARED_FILES.map((file) => get(file).then(bytesOf));
  for (const started of [core, ...shared]) started.catch(() => {});  // the page's script reports failures
  return { core, shared };
}

// The downloads first: making the worker's Blob URL waits on the browser.
const downloads = location.protocol === 'file:' ? null : download();
const workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
const worker = new Worker(workerUrl);
const start = globalThis.annotatorStart = { workerUrl, worker, failure: null, downloads };
worker.onerror = (event) => { start.failure = event.message || 'the worker failed to start'; };  // until the page's script listens
