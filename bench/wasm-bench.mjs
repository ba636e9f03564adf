// Throughput of the WebAssembly core in Node, the same measure as annotate_bench:
//   node bench/wasm-bench.mjs FILE... [--seconds S]
// Each file is one document, annotated repeatedly for about S seconds (default 2)
// after a second of warm-up; words are counted as `wc -w` does.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const seconds = args.includes('--seconds') ? Number(args[args.indexOf('--seconds') + 1]) : 2;
const files = args.filter((a, i) => a !== '--seconds' && args[i - 1] !== '--seconds');
if (files.length === 0) {
  console.error('usage: node bench/wasm-bench.mjs FILE... [--seconds S]');
  process.exit(2);
}
const texts = files.map((f) => readFileSync(f, 'utf8'));
const words = texts.reduce((n, t) => n + (t.match(/\S+/g) || []).length, 0);

const started = performance.now();
const { load } = await import(new URL('../build-wasm/bin/annotator.mjs', import.meta.url));
const annotator = await load();
const loaded = performance.now();
// One second of warm-up, not counted: V8 first runs the wasm with its baseline
// compiler and swaps in the optimised code when its background compile ends.
for (const w0 = performance.now(); performance.now() - w0 < 1000;)
  for (const t of texts) annotator.annotateJson(t);
let rounds = 0, elapsed = 0;
const t0 = performance.now();
while (elapsed < seconds * 1000) {
  for (const t of texts) annotator.annotateJson(t);
  rounds += 1;
  elapsed = performance.now() - t0;
}
console.log(`load ${(loaded - started).toFixed(1)} ms; documents ${texts.length}, words ${words}, rounds ${rounds}`);
console.log(`words/s ${Math.round((words * rounds) / (elapsed / 1000))}`);
