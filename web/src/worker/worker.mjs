// The annotation worker: owns the WebAssembly core, annotates long texts chunk
// by chunk, posts progress, and drops a request as soon as a newer one arrives.
//   in:  { type: 'start', base, given } the core (compiled) and the lexicon are given,
//        the packs are fetched from base (http),
//        { type: 'start', files } or all given, gzip-compressed and base64 (file://)
//        { id, text, lang?, terms? }
//   out: { type: 'ready' } | { type: 'fatal', message } | { id, type: 'progress', done, total }
//        | { id, type: 'result', result } | { id, type: 'error', message }
// Ready means the core and the lexicon are loaded; a language's pack is loaded
// when the first text in that language comes (the core detects it without one).
import { load } from '@annotator/core';
import { mergeResults, splitText, utf8Length } from '../shared/chunks.mjs';
import { unpackWasm } from '../shared/unpack-wasm.mjs';

const instances = new Map();
let latest = 0;
let source = null;

function annotatorFor(terms) {
  const key = JSON.stringify(terms || []);
  if (!instances.has(key)) instances.set(key, load({ terms: terms?.length ? terms : [], langs: [], source }));
  return instances.get(key);
}

const pause = () => new Promise((ok) => setTimeout(ok, 0));

async function annotate({ id, text, lang, terms }) {
  const annotator = await annotatorFor(terms);
  const chunks = splitText(text);
  // The first chunk decides the language for the whole text.
  lang = await annotator.prepare(chunks.length ? chunks[0].text : text, lang ? { lang } : {});
  if (chunks.length <= 1) return annotator.annotate(text, { lang });
  const parts = [];
  let byteStart = 0;
  for (const [n, chunk] of chunks.entries()) {
    const result = annotator.annotate(chunk.text, { lang });
    parts.push({ start: chunk.start, byteStart, result });
    byteStart += utf8Length(chunk.text);
    postMessage({ id, type: 'progress', done: n + 1, total: chunks.length });
    await pause();
    if (latest !== id) return null;
  }
  return mergeResults(parts);
}

function start({ base, given = {}, files }) {
  source = files ? (name) => unpackWasm(files[name]) : (name) => given[name] ?? fetch(new URL(name, base));
  annotatorFor().then(() => postMessage({ type: 'ready' }),
    (error) => postMessage({ type: 'fatal', message: String(error?.message || error) }));
}

onmessage = async ({ data }) => {
  if (data.type === 'start') { start(data); return; }
  latest = data.id;
  try {
    const result = await annotate(data);
    if (result) postMessage({ id: data.id, type: 'result', result });
  } catch (error) {
    postMessage({ id: data.id, type: 'error', message: String(error?.message || error) });
  }
};
