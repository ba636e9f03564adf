// Starts the annotation worker from a Blob URL of its bundled code, which works
// from file:// as well as over HTTP, and turns its messages into promises.
import workerSource from 'virtual:worker-source';

export function startWorker() {
  const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const pending = new Map();
  let nextId = 1, onReady, onFail;
  const ready = new Promise((ok, fail) => { onReady = ok; onFail = fail; });

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
