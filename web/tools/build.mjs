// Builds the page and the embed into build/web with esbuild:
//   app.js        the page (classic script), with the worker's code inside as text,
//                 so it runs from file:// where module scripts and workers are blocked
//   annotator.js  the embed (classic script, one global: ArticleAnnotator)
//   annotator.mjs the embed as an ES module (imports annotator.js)
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
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

// build-wasm/bin/annotator.mjs imports the wasm as plain base64 and the Emscripten
// loader. In the bundles the base64 module becomes empty and the loader is wrapped
// to inflate a gzip-compressed copy first: the page then downloads about 1.3 MB
// of gzip instead of 1.65 MB (and 1.7 MB instead of 3.9 MB where nothing is gzipped).
const coreDir = join(root, 'build-wasm/bin');
const wasmBytes = Buffer.from((await import(pathToFileURL(join(coreDir, 'annotator-wasm.mjs')))).default, 'base64');
const packedWasm = gzipSync(wasmBytes, { level: 9 }).toString('base64');
const packedCore = {
  name: 'packed-core',
  setup(b) {
    b.onResolve({ filter: /^\.\/annotator-(core|wasm)\.mjs$/ }, (args) => (args.resolveDir === coreDir
      ? { path: args.path.slice(2), namespace: 'packed-core' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'packed-core' }, (args) => ({
      resolveDir: root, loader: 'js',
      contents: args.path === 'annotator-wasm.mjs' ? "export default '';" : `
        import create from ${JSON.stringify(join(coreDir, 'annotator-core.mjs'))};
        import { unpackWasm } from ${JSON.stringify(join(root, 'web/src/shared/unpack-wasm.mjs'))};
        // printErr: Emscripten's own warnings stay quiet; every failure rejects, and the embed logs one message.
        export default (options) => unpackWasm(${JSON.stringify(packedWasm)}).then((wasmBinary) => create({ printErr() {}, ...options, wasmBinary }));`,
    }));
  },
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
const worker = await build({ ...common, entryPoints: [join(root, 'web/src/worker/worker.mjs')], write: false, plugins: [packedCore] });
const workerSource = worker.outputFiles[0].text;

await build({
  ...common, entryPoints: [join(root, 'web/src/page/main.mjs')], outfile: join(out, 'app.js'),
  plugins: [virtualModules({
    'virtual:worker-source': () => `export default ${JSON.stringify(workerSource)};`,
    'virtual:world': () => { const w = worldPaths(); return `export const LAND = ${JSON.stringify(w.land)}; export const BORDERS = ${JSON.stringify(w.borders)};`; },
  })],
});
await build({ ...common, entryPoints: [join(root, 'web/src/embed/embed.mjs')], outfile: join(out, 'annotator.js'), plugins: [packedCore] });

for (const f of readdirSync(join(root, 'web'))) {
  if (/\.(html|css|mjs|js|svg)$/.test(f)) copyFileSync(join(root, 'web', f), join(out, f));
}
// The same demo under a strict CSP: tools/serve.mjs adds the header to paths containing "csp".
writeFileSync(join(out, 'embed-csp.html'), readFileSync(join(root, 'web/embed-demo.html'), 'utf8')
  .replace(/<title>[^<]*/, '<title>La Gazzetta del Fronte — the embed under a strict Content-Security-Policy'));
