// Takes over the annotation worker that early.mjs (inline in index.html) started
// before app.js loaded, and turns its messages into promises.
// Over HTTP early.mjs also started compiling the core as it downloads and fetching
// the lexicon and the event data; they are handed over; the worker fetches a language's
// pack when a text in that language comes (the browser caches them all). From
// file://, where nothing can be fetched, app-data.js (a classic script) brings
// every file, and they are handed over.
import { CORE_FILE, SHARED_FILES } from '../shared/core-files.mjs';

function whereTheFilesAre() {
  if (location.protocol !== 'file:') {
    const base = new URL('.', location.href).href;
    const { core, shared } = globalThis.annotatorStart.downloads;
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
  const { worker, workerUrl: url } = globalThis.annotatorStart;  // see early.mjs
  const pending = new Map();
  let nextId = 1, onReady, onFail, onAccepting;
  const ready = new Promise((ok, fail) => { onReady = ok; onFail = fail; });
  const accepting = new Promise((ok) => { onAccepting = ok; });
  whereTheFilesAre().then((where) => {
    worker.postMessage({ type: 'start', ...where }, where.given ? SHARED_FILES.map((file) => where.given[file]) : []);
    onAccepting();
  }, onFail);

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
  if (globalThis.annotatorStart.failure) onFail(new Error(globalThis.annotatorStart.failure));

  /** Resolves to the result, or to null when a newer request replaced this one. */
  function annotate(text, { lang, terms, onProgress } = {}) {
    for (const [id, request] of pending) { pending.delete(id); request.ok(null); }
    const id = nextId++;
    return new Promise((ok, fail) => {
      pending.set(id, { ok, fail, onProgress });
      worker.postMessage({ id, text, lang: lang || undefined, terms: terms?.length ? terms : undefined });
    });
  }
  // accepting: the worker has its files, and a request made now waits in the worker
  // until the core is loaded; ready: the core is loaded.
  return { accepting, ready, annotate };
}
