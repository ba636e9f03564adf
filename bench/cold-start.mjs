// Cold start in headless Chromium, after a build (bash tools/build.sh):
//   node bench/cold-start.mjs [--no-settle] [ROUNDS] [DIR...]
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
// The page's first two are the page's own clock (performance.now(), from the start
// of the navigation, when the button's attribute or the status line changes); in
// brackets, "wall", the same two as seen from here (from before page.goto() to
// Playwright's answer: they add Playwright's own work in the page, such as its
// selector engine, and the round trips to the browser). First result is wall time.
// A new context opens a new window, and Chromium starts its own window interface
// in a renderer of its own (about a second of CPU on this 2-core machine): unless
// --no-settle is given, each round waits until Chromium's processes are quiet
// before it starts (at most 4 s), so that the page is not measured against that.
import { readFileSync, readdirSync } from 'node:fs';
import { serve } from '../tools/serve.mjs';
import { launchChromium } from '../tests/js/browser.mjs';

const args = process.argv.slice(2);
const settles = !args.includes('--no-settle');
const [roundsArg, ...dirArgs] = args.filter((a) => a !== '--no-settle');
const rounds = Number(roundsArg || 5);
const dirs = dirArgs.length ? dirArgs : [new URL('../build/web', import.meta.url).pathname];
const servers = await Promise.all(dirs.map((dir) => serve(dir, 0)));
const urls = servers.map((server) => `http://127.0.0.1:${server.address().port}/`);
const browser = await launchChromium();

// CPU time (ms) used so far by all Chromium processes (Linux /proc).
function chromiumCpuMs() {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!/^\d+ \((chromium|chrome)/.test(stat)) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10;  // utime + stime, in 10 ms ticks
    } catch { /* the process has ended */ }
  }
  return total;
}

async function settle() {
  const started = Date.now();
  let before = chromiumCpuMs();
  while (Date.now() - started < 4000) {
    await new Promise((ok) => setTimeout(ok, 200));
    const now = chromiumCpuMs();
    if (now - before <= 20) return;  // at most 10% of one core over 200 ms
    before = now;
  }
}

async function freshPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (settles) await settle();
  return { context, page };
}

async function embedRound(url) {
  const { context, page } = await freshPage();
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
  const { context, page } = await freshPage();
  await page.addInitScript(() => {
    const seen = window.coldStart = {};
    new MutationObserver(() => {
      if (!seen.enabled && document.getElementById('annotate')?.disabled === false) seen.enabled = performance.now();
      if (!seen.loaded && document.getElementById('status')?.textContent.startsWith('Ready')) seen.loaded = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('#annotate:not([disabled])');
  const readyWall = Date.now() - t0;
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  const loadedWall = Date.now() - t0;
  const { enabled, loaded } = await page.evaluate(() => window.coldStart);
  await page.evaluate(() => { window.lastResult = undefined; });
  await page.click('#sample-it');
  await page.click('#annotate');
  await page.waitForFunction(() => window.lastResult && !document.getElementById('output').hasAttribute('aria-busy'),
    null, { timeout: 60000 });
  const first = Date.now() - t0;
  await context.close();
  return [enabled, loaded, first, readyWall, loadedWall];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = dirs.map(() => []);
const name = (d) => (dirs.length > 1 ? `${dirs[d]}: ` : '');
const ms = (x) => `${Math.round(x)}`;
const line = ([parse, load, first, ready, loaded, result, readyWall, loadedWall]) =>
  `embed: import ${ms(parse)}, load ${ms(load)}, first annotate ${ms(first)}; page: Annotate enabled ${ms(ready)} `
  + `(wall ${ms(readyWall)}), core loaded ${ms(loaded)} (wall ${ms(loadedWall)}), first result ${ms(result)}`;
console.log(settles ? 'Each round starts once Chromium is quiet.' : 'Rounds start as soon as the new page is open (--no-settle).');
for (let i = 0; i < rounds; i++) {
  for (const [d, url] of urls.entries()) {
    const [parse, load, first] = await embedRound(url);
    const [ready, loaded, result, readyWall, loadedWall] = await pageRound(url);
    rows[d].push([parse, load, first, ready, loaded, result, readyWall, loadedWall]);
    console.log(`${name(d)}${line(rows[d].at(-1))}`);
  }
}
for (const d of dirs.keys()) {
  console.log(`${name(d)}median of ${rounds}: ${line(rows[d][0].map((_, k) => median(rows[d].map((r) => r[k]))))}`);
}
await browser.close();
for (const server of servers) server.close();
