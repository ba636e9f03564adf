// The page: wires input, worker, rendering and the side panel together.
import { startWorker } from './worker-client.mjs';
import { renderArticle } from './render.mjs';
import { makeView, stepper, focusMark } from './view.mjs';
import { attachTooltip } from './tooltip.mjs';
import { renderLegend } from './legend.mjs';
import { renderEntities } from './entities.mjs';
import { renderEvents } from './events.mjs';
import { renderMap } from './map.mjs';
import { setUpTerms } from './terms.mjs';
import { setUpInput } from './input.mjs';
import { setUpExports } from './export.mjs';
import { setUpCorrections } from './corrections.mjs';
import { plural } from '../shared/labels.mjs';

const $ = (id) => document.getElementById(id);
const LANGUAGES = { it: 'Italiano', en: 'English' };
const ui = { input: $('input'), lang: $('lang'), button: $('annotate'), status: $('status'), progress: $('progress'),
  output: $('output'), legend: $('legend'), stale: $('stale') };
let view = null, rendering = null, requests = 0;

const worker = startWorker();
const terms = setUpTerms({ form: $('term-form'), text: $('term-text'), category: $('term-category'),
  type: $('term-type'), override: $('term-override'), list: $('term-list'), count: $('terms-count') },
() => { if (view) annotate(); });
const enableExports = setUpExports({ json: $('export-json'), csv: $('export-csv'), events: $('export-events'),
  w3c: $('export-w3c') }, () => view);
attachTooltip(ui.output, $('tip'), () => view);
setUpCorrections(ui.output, $('fix'), () => view, terms);
renderLegend(ui.legend, ui.output, null);
renderMap($('map'), { result: { entities: [] } }, () => {});

const say = (text) => { ui.status.textContent = text; };

function languageNote(result) {
  const name = LANGUAGES[result.lang] || result.lang;
  return ui.lang.value ? `language ${name} (chosen, not detected)` : `language ${name} (detected)`;
}

/** Clears the article and the panels: nothing is annotated. */
function showNothing(message) {
  rendering?.cancel();
  view = null;
  ui.output.replaceChildren();
  ui.stale.hidden = true;
  renderLegend(ui.legend, ui.output, null);
  for (const id of ['entities', 'events']) $(id).replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'Nothing yet.' }));
  renderMap($('map'), { result: { entities: [] } }, () => {});
  enableExports(false);
  say(message);
  window.lastResult = null;
}

/** Annotates the text; a newer call makes this one stale (its result is dropped). */
async function annotate() {
  const request = ++requests;
  ui.output.setAttribute('aria-busy', 'true');
  try {
    await annotateText(request);
  } finally {
    if (request === requests) ui.output.removeAttribute('aria-busy');
  }
}

async function annotateText(request) {
  const text = ui.input.value;
  const started = performance.now();
  rendering?.cancel();
  if (!text.trim()) { showNothing('Nothing to annotate: paste or type an article first.'); return; }
  say(text.length > 200000 ? 'Annotating… 0%' : 'Annotating…');
  ui.progress.value = 0;
  ui.progress.hidden = text.length < 200000;
  const result = await worker.annotate(text, { lang: ui.lang.value, terms: terms.list(),
    onProgress(done, total) { ui.progress.value = done / total; say(`Annotating… ${Math.round(100 * done / total)}%`); } })
    .catch((error) => { if (request === requests) say(`Could not annotate: ${error.message}`); return null; });
  if (!result || request !== requests) return;
  const annotated = performance.now();
  say('Showing the result…');
  const current = rendering = renderArticle(ui.output, text, result);
  if (!(await current.done) || request !== requests) return;
  view = makeView(text, result, current);
  const step = stepper(view);
  renderLegend(ui.legend, ui.output, view);
  renderEntities($('entities'), view, step);
  renderEvents($('events'), view);
  renderMap($('map'), view, step);
  enableExports(true);
  ui.progress.hidden = true;
  ui.stale.hidden = ui.input.value === text;
  ui.output.lang = result.lang;  // screen readers read Italian as Italian
  ui.lang.options[0].textContent = ui.lang.value ? 'Detect' : `Detect (${LANGUAGES[result.lang] || result.lang})`;
  const rendered = performance.now();
  ui.output.dataset.annotateMs = Math.round(annotated - started);
  ui.output.dataset.renderMs = Math.round(rendered - annotated);
  say(`${plural(result.mentions.length, 'mention')}, ${plural(result.entities.length, 'entity', 'entities')}, `
    + `${plural(result.events.length, 'event')} in ${plural(result.sentences.length, 'sentence')}; ${languageNote(result)}.`);
  window.lastResult = result;  // for tests and the curious
}

setUpInput({ input: ui.input, lang: ui.lang, file: $('file'), sampleIt: $('sample-it'), sampleEn: $('sample-en') },
  () => { if (!ui.button.disabled) annotate(); });
ui.button.addEventListener('click', annotate);
ui.input.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !ui.button.disabled) annotate(); });
ui.lang.addEventListener('change', () => { if (view && !ui.button.disabled) annotate(); });
// Edited text: the annotation below no longer matches it.
ui.input.addEventListener('input', () => { ui.stale.hidden = !view || ui.input.value === view.text; });
$('badges').addEventListener('change', (e) => ui.output.classList.toggle('badges', e.target.checked));

// A click or tap on a mention focuses it, which shows its tooltip (touch has no hover).
ui.output.addEventListener('click', (e) => {
  const mark = e.target.closest?.('mark.aa-m');
  if (mark && document.getSelection().isCollapsed) { mark.tabIndex = -1; mark.focus({ preventScroll: true }); }
});

// Arrow keys move between mentions, from the article or from a focused mention.
ui.output.addEventListener('keydown', (e) => {
  if (!view || !['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key)) return;
  const mark = e.target.closest?.('mark.aa-m');
  const forward = e.key === 'ArrowRight' || e.key === 'ArrowDown';
  const i = mark ? Number(mark.dataset.m) + (forward ? 1 : -1) : (forward ? 0 : view.marks.length - 1);  // from the article: the first or last
  if (view.marks[i]?.length) { e.preventDefault(); focusMark(view.marks[i][0]); }
});

// Annotate works once the worker has its files: a click while the core is still
// loading is answered as soon as it is loaded.
worker.accepting.then(() => {
  ui.button.disabled = false;
  if (ui.input.value.trim()) annotate();
});
worker.ready.then(() => { if (!requests) say('Ready. Paste an article or try a sample.'); },
  (error) => { ui.button.disabled = true; say(`Could not load the annotator: ${error.message}`); });
