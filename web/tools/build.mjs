// Builds the page and the embed into build/web with esbuild:
//   app.js        the page (classic script), with the worker's code inside as text,
//                 so it runs from file:// where module scripts and workers are blocked
//   annotator.js  the embed (classic script, one global: ArticleAnnotator)
//   annotator.mjs the embed as an ES module (imports annotator.js)
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { worldPaths } from './world.mjs';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'build/web');
const common = {
  bundle: true, minify: true, format: 'iife', target: ['chrome100', 'firefox100', 'safari15'],
  alias: { '@annotator/core': join(root, 'build-wasm/bin/annotator.mjs') },
  logLevel: 'warning', legalComments: 'none',
  // Emscripten's loader resolves its .wasm file name against import.meta.url but
  // never fetches it (the bytes are inlined); any valid base URL will do.
  define: { 'import.meta.url': '"file:///annotator-core.mjs"' },
};

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

await build({
  ...common, entryPoints: [join(root, 'web/src/page/main.mjs')], outfile: join(out, 'app.js'),
  plugins: [virtualModules({
    'virtual:worker-source': () => `export default ${JSON.stringify(workerSource)};`,
    'virtual:world': () => { const w = worldPaths(); return `export const LAND = ${JSON.stringify(w.land)}; export const BORDERS = ${JSON.stringify(w.borders)};`; },
  })],
});
await build({ ...common, entryPoints: [join(root, 'web/src/embed/embed.mjs')], outfile: join(out, 'annotator.js') });

for (const f of readdirSync(join(root, 'web'))) {
  if (/\.(html|css|mjs|js|svg)$/.test(f)) copyFileSync(join(root, 'web', f), join(out, f));
}
