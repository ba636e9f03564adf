// The annotation worker: owns the WebAssembly core, annotates long texts chunk
// by chunk, posts progress, and drops a request as soon as a newer one arrives.
//   in:  { id, text, lang?, terms? }
//   out: { type: 'ready' } | { id, type: 'progress', done, total }
//        | { id, type: 'result', result } | { id, type: 'error', message }
import { load } from '@annotator/core';
import { mergeResults, splitText, utf8Length } from '../shared/chunks.mjs';

const instances = new Map();
let latest = 0;

function annotatorFor(terms) {
  const key = JSON.stringify(terms || []);
  if (!instances.has(key)) instances.set(key, terms?.length ? load({ terms }) : load());
  return instances.get(key);
}

const pause = () => new Promise((ok) => setTimeout(ok, 0));

async function annotate({ id, text, lang, terms }) {
  const annotator = await annotatorFor(terms);
  const chunks = splitText(text);
  if (chunks.length === 1) return annotator.annotate(text, lang ? { lang } : {});
  const parts = [];
  let byteStart = 0;
  for (const [n, chunk] of chunks.entries()) {
    const result = annotator.annotate(chunk.text, lang ? { lang } : {});
    lang ||= result.lang;  // the first chunk decides for the whole text
    parts.push({ start: chunk.start, byteStart, result });
    byteStart += utf8Length(chunk.text);
    postMessage({ id, type: 'progress', done: n + 1, total: chunks.length });
    await pause();
    if (latest !== id) return null;
  }
  return mergeResults(parts);
}

onmessage = async ({ data }) => {
  latest = data.id;
  try {
    const result = await annotate(data);
    if (result) postMessage({ id: data.id, type: 'result', result });
  } catch (error) {
    postMessage({ id: data.id, type: 'error', message: String(error?.message || error) });
  }
};

annotatorFor().then(() => postMessage({ type: 'ready' }),
  (error) => postMessage({ type: 'fatal', message: String(error?.message || error) }));
