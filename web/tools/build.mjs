// Builds the page and the embed into build/web with esbuild:
//   index.html    the page in one file: its style, the early start (early.mjs, with
//                 the worker's code inside as text, so that it runs from file:// where
//                 module scripts and workers from files are blocked) and the page's
//                 script (main.mjs), all inline; the browser needs no second request
//                 before it can run the page
//   app-data.js   for file:// only: the core and all its packs, gzip + base64
//                 (over http the worker fetches the files below instead)
//   annotator.js  the embed (classic script, one global: ArticleAnnotator)
//   annotator.mjs the embed as an ES module (imports annotator.js)
//   annotator-core.wasm, lexicon.bin, tagger-it.bin, tagger-en.bin
//                 the core and its data packs (build-wasm/bin), fetched on demand
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { worldPaths } from './world.mjs';
import { CORE_FILE, SHARED_FILES } from '../src/shared/core-files.mjs';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'build/web');
const coreDir = join(root, 'build-wasm/bin');
const common = {
  bundle: true, minify: true, format: 'iife', target: ['chrome100', 'firefox100', 'safari15'],
  alias: { '@annotator/core': join(coreDir, 'annotator.mjs') },
  logLevel: 'warning', legalComments: 'none',
  // Emscripten's loader resolves its .wasm file name against import.meta.url but
  // never fetches it (annotator.mjs instantiates the core itself), and the bundles
  // always give load() a source; any valid base URL will do.
  define: { 'import.meta.url': '"file:///annotator-core.mjs"' },
  external: ['node:fs/promises'],  // annotator.mjs reads its files from disk only in Node
};

const { FILES } = await import(pathToFileURL(join(coreDir, 'annotator.mjs')));

function virtualModules(modules) {
  return {
    name: 'virtual',
    setup(b) {
      b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: 'virtual' }));
      b.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => ({ contents: modules[args.path](), loader: 'js' }));
    },
  };
}

mkdirSync(out, { recursive: true });
const worker = await build({ ...common, entryPoints: [join(root, 'web/src/worker/worker.mjs')], write: false });
const workerSource = worker.outputFiles[0].text;

const app = await build({
  ...common, entryPoints: [join(root, 'web/src/page/main.mjs')], write: false,
  plugins: [virtualModules({
    'virtual:world': () => { const w = worldPaths(); return `export const LAND = ${JSON.stringify(w.land)}; export const BORDERS = ${JSON.stringify(w.borders)};`; },
  })],
});
await build({ ...common, entryPoints: [join(root, 'web/src/embed/embed.mjs')], outfile: join(out, 'annotator.js') });

for (const f of FILES) copyFileSync(join(coreDir, f), join(out, f));
const packed = Object.fromEntries(FILES.map((f) => [f, gzipSync(readFileSync(join(coreDir, f)), { level: 9 }).toString('base64')]));
writeFileSync(join(out, 'app-data.js'), '// The annotator core and its packs for the page opened from file:// (gzip, base64).\n'
  + `globalThis.annotatorFiles = ${JSON.stringify(packed)};\n`);

// index.html gets its style, early.mjs and the page's script inline, in place of
// the tags that name them in web/index.html, and before early.mjs preload links for
// the files it fetches: the browser's preload scanner starts them as soon as the
// head arrives, before any script runs (early.mjs's fetch() takes their responses).
const early = await build({ ...common, entryPoints: [join(root, 'web/src/page/early.mjs')], write: false,
  plugins: [virtualModules({ 'virtual:worker-source': () => `export default ${JSON.stringify(workerSource)};` })] });
const inline = (name, text) => {
  if (/<\/(script|style)|<!--/i.test(text)) throw new Error(`${name} would end its element early`);
  return text.trim();
};
const preloads = [CORE_FILE, ...SHARED_FILES].map((f) => `<link rel="preload" href="${f}" as="fetch">`).join('');
const page = [
  ['<!-- early.mjs -->', `${preloads}<script>${inline('early.mjs', early.outputFiles[0].text)}</script>`],
  ['<link rel="stylesheet" href="style.css">', `<style>${inline('style.css', readFileSync(join(root, 'web/style.css'), 'utf8'))}</style>`],
  ['<script src="app.js" defer></script>', ''],
  ['</body>', `<script>${inline('main.mjs', app.outputFiles[0].text)}</script>\n</body>`],
].reduce((html, [tag, replacement]) => {
  if (!html.includes(tag)) throw new Error(`web/index.html: no ${tag}`);
  return html.replace(tag, () => replacement);
}, readFileSync(join(root, 'web/index.html'), 'utf8'));
writeFileSync(join(out, 'index.html'), page);
for (const f of readdirSync(join(root, 'web'))) {
  if (f !== 'index.html' && /\.(html|css|mjs|js|svg)$/.test(f)) copyFileSync(join(root, 'web', f), join(out, f));
}
// The same demo under a strict CSP: tools/serve.mjs adds the header to paths containing "csp".
writeFileSync(join(out, 'embed-csp.html'), readFileSync(join(root, 'web/embed-demo.html'), 'utf8')
  .replace(/<title>[^<]*/, '<title>La Gazzetta del Fronte — the embed under a strict Content-Security-Policy'));
