// Writes a wasm file as an ES module whose default export is its base64 text.
//   node embed-wasm.mjs IN.wasm OUT.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const base64 = readFileSync(input).toString('base64');
writeFileSync(output, `// Generated from ${input.split('/').pop()}: the WebAssembly core, base64.\nexport default '${base64}';\n`);
