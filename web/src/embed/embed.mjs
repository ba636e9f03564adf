// The embed: one classic script that defines window.ArticleAnnotator, highlights
// the elements its data-annotate selector names, and defines <article-annotator>.
//   <script src="annotator.js" data-annotate="article" data-lang="it"></script>
// The core runs on the page's thread: an article takes milliseconds, and a Blob
// worker would need a CSP exception the embed must not ask for.
import { load as loadCore } from '@annotator/core';
import { clearMarks, isHighlighted, marksOf, textOfDom, wrapMentions } from './highlight.mjs';
import { adoptStyles } from './styles.mjs';
import { defineElement } from './element.mjs';
import { attachTooltip } from '../shared/tooltip.mjs';

const instances = new Map();
let defaults = { terms: [] };
// The core and its packs are fetched from next to annotator.js (same origin under
// a strict CSP), the lexicon with the core and a language's pack when the first
// text in that language comes. annotator.mjs, which has no currentScript, sets base.
let base = typeof document !== 'undefined' ? document.currentScript?.src : undefined;
const source = (name) => fetch(new URL(name, base || document.baseURI));

// One clear message for what the host page must change, instead of the engine's
// errors; logged once.
let reported = false;
export function report(error) {
  if (reported) return;
  reported = true;
  const blocked = /Content.Security.Policy|unsafe-eval|CompileError/i.test(String(error?.message || error));
  console.error(blocked
    ? "ArticleAnnotator: this page's Content-Security-Policy does not allow WebAssembly, so nothing is annotated. "
      + "Add 'wasm-unsafe-eval' to its script-src to use the annotator."
    : `ArticleAnnotator: could not annotate (${error?.message || error}); the text is left as it is.`);
}

/** The annotator of these terms: the core and the lexicon, and options.lang's pack. */
async function load(options = {}) {
  const terms = options.terms ?? defaults.terms;
  const key = JSON.stringify(terms || []);
  if (!instances.has(key)) {
    const loading = loadCore({ terms: terms?.length ? terms : [], langs: [], source });
    loading.catch(() => instances.delete(key));  // a later call may try again
    instances.set(key, loading);
  }
  const annotator = await instances.get(key);
  if (options.lang === 'it' || options.lang === 'en') await annotator.loadLanguage(options.lang);
  return annotator;
}

async function annotate(text, options = {}) {
  const annotator = await load(options);
  const lang = await annotator.prepare(String(text), options.lang ? { lang: options.lang } : {});
  return annotator.annotate(String(text), { lang });
}

const elementOf = (target) => (typeof target === 'string' ? document.querySelector(target) : target);
const langOf = (element) => element.closest?.('[lang]')?.getAttribute('lang')?.slice(0, 2) || undefined;
const results = new WeakMap();

// The tooltip of the document's highlights (<article-annotator> has its own),
// in the main landmark of the first highlighted element, so it is part of the
// page's structure.
const tooltips = new WeakMap();  // root -> { hide }
function tooltipFor(element, resultOf) {
  const root = element.getRootNode();
  if (!tooltips.has(root)) {
    const doc = root.ownerDocument || root;
    const tip = doc.createElement('aa-tip');
    tip.className = 'aa-tip';
    tip.id = `aa-tip-${Math.random().toString(36).slice(2, 8)}`;
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    (element.closest('main, [role="main"]') || root.body || root).append(tip);
    tooltips.set(root, attachTooltip(root, tip, resultOf));
  }
  return tooltips.get(root);
}
const resultOfMark = (mark) => {
  for (let node = mark; node; node = node.parentNode) if (results.has(node)) return results.get(node);
  return null;
};

// Arrow keys move between an element's marks; the focused one is its tab stop.
function moveBetweenMarks(e) {
  const mark = e.target.closest?.('aa-mark.aa-m');
  if (!mark || !['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key)) return;
  let element = mark.parentNode;
  while (element && !results.has(element)) element = element.parentNode;
  const marks = element ? marksOf(element) : [];
  const next = marks[marks.indexOf(mark) + (e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  e.preventDefault();
  mark.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}

const keyed = new WeakSet();
let warnedEditable = false;

/**
 * Highlights mentions inside element, in place. Running it again changes nothing.
 * options: lang, terms, badges (type labels after each mention), editable
 * (also annotate [contenteditable] regions, which are skipped by default).
 */
async function highlight(target, options = {}) {
  const element = elementOf(target);
  if (!element) throw new TypeError('ArticleAnnotator.highlight: no such element');
  clear(element);
  const root = element.getRootNode();
  adoptStyles(root);
  const skipEditable = !options.editable;
  const read = textOfDom(element, { skipEditable });
  if (skipEditable && !warnedEditable && textOfDom(element).text !== read.text) {
    warnedEditable = true;
    console.info('ArticleAnnotator: editable text is not highlighted (pass { editable: true } to highlight it).');
  }
  const lang = options.lang || langOf(element);
  const result = await annotate(read.text, { ...options, lang: lang === 'it' || lang === 'en' ? lang : undefined });
  clear(element);  // a concurrent call may have highlighted meanwhile
  if (textOfDom(element, { skipEditable }).text !== read.text) return highlight(element, options);  // changed while annotating
  wrapMentions(element, read, result, { badges: options.badges });
  results.set(element, result);
  tooltipFor(element, resultOfMark);
  if (!keyed.has(element)) {  // our own listener stays: it only acts on our marks
    keyed.add(element);
    element.addEventListener('keydown', moveBetweenMarks);
  }
  return result;
}

/** Removes the highlights: the element's DOM is as it was before (changed text stays changed). */
function clear(target) {
  const element = elementOf(target);
  if (!element) return;
  if (clearMarks(element)) tooltips.get(element.getRootNode())?.hide();
  results.delete(element);
}

function configure(options = {}) {
  if (options.terms) defaults = { ...defaults, terms: options.terms };
  if (options.base) base = options.base;  // where annotator-core.wasm and the packs are
}

const api = Object.freeze({
  load, annotate, highlight, clear, configure,
  textOf: (target) => textOfDom(elementOf(target), { skipEditable: true }).text,
  resultOf: (target) => results.get(elementOf(target)),
  isHighlighted: (target) => isHighlighted(elementOf(target)),
});

function autoRun(script) {
  const selector = script?.dataset?.annotate;
  if (!selector) return Promise.resolve([]);
  if (script.dataset.terms) { try { configure({ terms: JSON.parse(script.dataset.terms) }); } catch { /* ignore */ } }
  const options = { lang: script.dataset.lang, badges: 'badges' in script.dataset };
  const run = () => Promise.all([...document.querySelectorAll(selector)].map((el) => highlight(el, options)));
  const started = document.readyState === 'loading'
    ? new Promise((ok) => document.addEventListener('DOMContentLoaded', () => ok(run()), { once: true }))
    : run();
  return started.catch((error) => { report(error); return []; });  // never an uncaught error on the host page
}

// Another script may own the global: say so, keep it, and still serve this copy
// to the ES module (through a symbol no page script sees by accident) and to
// <article-annotator>.
const done = autoRun(typeof document !== 'undefined' ? document.currentScript : null);
const ours = Object.freeze({ ...api, done });
const KEY = Symbol.for('article-annotator.api');
if (globalThis.ArticleAnnotator && globalThis.ArticleAnnotator !== globalThis[KEY]) {
  console.warn('ArticleAnnotator: window.ArticleAnnotator already exists and is left as it is; '
    + 'this copy is still available as an ES module (annotator.mjs) and as <article-annotator>.');
} else if (!globalThis.ArticleAnnotator) {
  globalThis.ArticleAnnotator = ours;
}
if (!globalThis[KEY]) Object.defineProperty(globalThis, KEY, { value: ours });
if (typeof HTMLElement !== 'undefined') defineElement(annotate, report);
