// Starts the annotation worker from a Blob URL of its bundled code, which works
// from file:// as well as over HTTP, and turns its messages into promises.
// Over HTTP the page compiles the core as it downloads and fetches the lexicon and
// the event data while the worker starts, and hands both over; the worker fetches a language's
// pack when a text in that language comes (the browser caches them all). From
// file://, where nothing can be fetched, app-data.js (a classic script) brings
// every file, and they are handed over.
import workerSource from 'virtual:worker-source';

// The files wasm/annotator.mjs loads first (CORE_FILE, SHARED_PACK).
const CORE_FILE = 'annotator-core.wasm', SHARED_FILES = ['lexicon.bin', 'events.bin'];

async function bytesOf(response) {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

function whereTheFilesAre() {
  if (location.protocol !== 'file:') {
    const base = new URL('.', location.href).href;
    const core = WebAssembly.compileStreaming(fetch(new URL(CORE_FILE, base)));
    const shared = SHARED_FILES.map((file) => fetch(new URL(file, base)).then(bytesOf));
    return Promise.all([core, ...shared]).then(([module, ...bytes]) => ({
      base, given: { [CORE_FILE]: module, ...Object.fromEntries(SHARED_FILES.map((file, i) => [file, bytes[i]])) } }));
  }
  return new Promise((ok, fail) => {
    const script = document.createElement('script');
    script.src = 'app-data.js';
    script.onload = () => ok({ files: globalThis.annotatorFiles });
    script.onerror = () => fail(new Error('app-data.js, the annotator for file://, did not load'));
    document.head.append(script);
  });
}

export function startWorker() {
  const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const pending = new Map();
  let nextId = 1, onReady, onFail;
  const ready = new Promise((ok, fail) => { onReady = ok; onFail = fail; });
  whereTheFilesAre().then((where) => worker.postMessage({ type: 'start', ...where },
    where.given ? SHARED_FILES.map((file) => where.given[file]) : []), onFail);

  worker.onmessage = ({ data }) => {
    if (data.type === 'ready') { URL.revokeObjectURL(url); onReady(); return; }
    if (data.type === 'fatal') { onFail(new Error(data.message)); return; }
    const request = pending.get(data.id);
    if (!request) return;
    if (data.type === 'progress') { request.onProgress?.(data.done, data.total); return; }
    pending.delete(data.id);
    if (data.type === 'result') request.ok(data.result);
    else request.fail(new Error(data.message));
  };
  worker.onerror = (event) => onFail(new Error(event.message || 'the worker failed to start'));

  /** Resolves to the result, or to null when a newer request replaced this one. */
  function annotate(text, { lang, terms, onProgress } = {}) {
    for (const [id, request] of pending) { pending.delete(id); request.ok(null); }
    const id = nextId++;
    return new Promise((ok, fail) => {
      pending.set(id, { ok, fail, onProgress });
      worker.postMessage({ id, text, lang: lang || undefined, terms: terms?.length ? terms : undefined });
    });
  }
  return { ready, annotate };
}
