// The JavaScript library compromise on the same text, for the ratio the project's
// targets name (the WebAssembly core at least 20x its words per second):
//   node bench/compromise-bench.mjs FILE... [--seconds S]
// It does what the annotator does for a reader: people, places and organisations.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const args = process.argv.slice(2);
const seconds = args.includes('--seconds') ? Number(args[args.indexOf('--seconds') + 1]) : 2;
const files = args.filter((a, i) => a !== '--seconds' && args[i - 1] !== '--seconds');
const texts = files.map((f) => readFileSync(f, 'utf8'));
const words = texts.reduce((n, t) => n + (t.match(/\S+/g) || []).length, 0);

let rounds = 0, elapsed = 0, found = 0;
const t0 = performance.now();
while (elapsed < seconds * 1000) {
  for (const t of texts) {
    const doc = nlp(t);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  rounds += 1;
  elapsed = performance.now() - t0;
}
console.log(`compromise: documents ${texts.length}, words ${words}, rounds ${rounds}, names ${found / rounds}`);
console.log(`words/s ${Math.round((words * rounds) / (elapsed / 1000))}`);
