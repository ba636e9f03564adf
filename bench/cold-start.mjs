// Cold start in headless Chromium, after a build (bash tools/build.sh):
//   node bench/cold-start.mjs [ROUNDS]
// Each round uses a fresh browser context (no caches) and reports, in ms:
//   embed: importing annotator.mjs (parsing the bundle), then load() (inflating and
//          compiling the wasm, loading the lexicon and models), then a first annotate();
//   page:  from navigation to the Annotate button being enabled (the worker is ready).
import { serve } from '../tools/serve.mjs';
import { launchChromium } from '../tests/js/browser.mjs';

const rounds = Number(process.argv[2] || 5);
const server = await serve(new URL('../build/web', import.meta.url).pathname, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();

async function embedRound() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + 'favicon.svg');
  const times = await page.evaluate(async () => {
    const t0 = performance.now();
    const { load } = await import('/annotator.mjs');
    const t1 = performance.now();
    const annotator = await load();
    const t2 = performance.now();
    annotator.annotate('Mosca vuole munizioni dalla Corea del Nord.');
    return [t1 - t0, t2 - t1, performance.now() - t2];
  });
  await context.close();
  return times;
}

async function pageRound() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('#annotate:not([disabled])');
  const ms = Date.now() - t0;
  await context.close();
  return ms;
}

const ms = (x) => `${Math.round(x)}`;
for (let i = 0; i < rounds; i++) {
  const [parse, load, first] = await embedRound();
  console.log(`embed: import ${ms(parse)}, load ${ms(load)}, first annotate ${ms(first)}; page ready ${ms(await pageRound())}`);
}
await browser.close();
server.close();
