// Cold start in headless Chromium, after a build (bash tools/build.sh):
//   node bench/cold-start.mjs [ROUNDS] [DIR...]
// With several build directories (copies of build/web), their rounds alternate,
// so that builds are compared in the same minutes of this noisy machine.
// Each round uses a fresh browser context (no caches) and reports, in ms:
//   embed: importing annotator.mjs (parsing the embed), then load() (fetching and
//          compiling the core, fetching the lexicon), then the first annotate() of an
//          Italian sentence (fetching the Italian pack, annotating);
//   page:  from navigation to the Annotate button being enabled (the worker has the
//          core and the lexicon; a click is answered once they are loaded), to the
//          core being loaded (the status line says Ready), then to the first result
//          of the Italian sample (the worker fetches the Italian pack);
// and the medians of the rounds.
import { serve } from '../tools/serve.mjs';
import { launchChromium } from '../tests/js/browser.mjs';

const rounds = Number(process.argv[2] || 5);
const dirs = process.argv.length > 3 ? process.argv.slice(3) : [new URL('../build/web', import.meta.url).pathname];
const servers = await Promise.all(dirs.map((dir) => serve(dir, 0)));
const urls = servers.map((server) => `http://127.0.0.1:${server.address().port}/`);
const browser = await launchChromium();

async function embedRound(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + 'favicon.svg');
  const times = await page.evaluate(async () => {
    const t0 = performance.now();
    const { load, annotate } = await import('/annotator.mjs');
    const t1 = performance.now();
    await load();
    const t2 = performance.now();
    await annotate('Mosca vuole munizioni dalla Corea del Nord.');
    return [t1 - t0, t2 - t1, performance.now() - t2];
  });
  await context.close();
  return times;
}

async function pageRound(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('#annotate:not([disabled])');
  const ready = Date.now() - t0;
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  const loaded = Date.now() - t0;
  await page.evaluate(() => { window.lastResult = undefined; });
  await page.click('#sample-it');
  await page.click('#annotate');
  await page.waitForFunction(() => window.lastResult && !document.getElementById('output').hasAttribute('aria-busy'),
    null, { timeout: 60000 });
  const first = Date.now() - t0;
  await context.close();
  return [ready, loaded, first];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = dirs.map(() => []);
const name = (d) => (dirs.length > 1 ? `${dirs[d]}: ` : '');
for (let i = 0; i < rounds; i++) {
  for (const [d, url] of urls.entries()) {
    const [parse, load, first] = await embedRound(url);
    const [ready, loaded, result] = await pageRound(url);
    rows[d].push([parse, load, first, ready, loaded, result]);
    const ms = (x) => `${Math.round(x)}`;
    console.log(`${name(d)}embed: import ${ms(parse)}, load ${ms(load)}, first annotate ${ms(first)}; page: Annotate enabled ${ms(ready)}, core loaded ${ms(loaded)}, first result ${ms(result)}`);
  }
}
for (const d of dirs.keys()) {
  const m = (k) => Math.round(median(rows[d].map((r) => r[k])));
  console.log(`${name(d)}median of ${rounds}: embed import ${m(0)}, load ${m(1)}, first annotate ${m(2)}; page Annotate enabled ${m(3)}, core loaded ${m(4)}, first result ${m(5)}`);
}
await browser.close();
for (const server of servers) server.close();
