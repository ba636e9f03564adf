// The embed: one classic script that defines window.ArticleAnnotator, highlights
// the elements its data-annotate selector names, and defines <article-annotator>.
//   <script src="annotator.js" data-annotate="article" data-lang="it"></script>
// The core runs on the page's thread: an article takes milliseconds, and a Blob
// worker would need a CSP exception the embed must not ask for.
import { load as loadCore } from '@annotator/core';
import { clearMarks, isHighlighted, textOfDom, wrapMentions } from './highlight.mjs';
import { adoptStyles } from './styles.mjs';
import { defineElement } from './element.mjs';
import { idsLabel, typeLabel } from '../shared/labels.mjs';

const instances = new Map();
let defaults = { terms: [] };

function load(options = {}) {
  const terms = options.terms ?? defaults.terms;
  const key = JSON.stringify(terms || []);
  if (!instances.has(key)) instances.set(key, terms?.length ? loadCore({ terms }) : loadCore());
  return instances.get(key);
}

async function annotate(text, options = {}) {
  const annotator = await load(options);
  return annotator.annotate(String(text), options.lang ? { lang: options.lang } : {});
}

function titleOf(result, i) {
  const m = result.mentions[i];
  const e = result.entities.find((x) => x.id === m.entity);
  const ids = idsLabel(e?.ids);
  return `${m.category} · ${typeLabel(m.type)}${e?.name ? ` · ${e.name}` : ''}${ids ? ` (${ids})` : ''}`;
}

const elementOf = (target) => (typeof target === 'string' ? document.querySelector(target) : target);
const langOf = (element) => element.closest?.('[lang]')?.getAttribute('lang')?.slice(0, 2) || undefined;
const results = new WeakMap();

/** Highlights mentions inside element, in place. Running it again changes nothing. */
async function highlight(target, options = {}) {
  const element = elementOf(target);
  if (!element) throw new TypeError('ArticleAnnotator.highlight: no such element');
  clear(element);
  adoptStyles(element.getRootNode());
  const read = textOfDom(element);
  const lang = options.lang || langOf(element);
  const result = await annotate(read.text, { ...options, lang: lang === 'it' || lang === 'en' ? lang : undefined });
  clear(element);  // a concurrent call may have highlighted meanwhile
  if (textOfDom(element).text !== read.text) return highlight(element, options);  // changed while annotating
  wrapMentions(element, read, result, (i) => titleOf(result, i));
  results.set(element, result);
  return result;
}

/** Removes the highlights: the element's DOM is as it was before. */
function clear(target) {
  const element = elementOf(target);
  if (element) { clearMarks(element); results.delete(element); }
}

function configure(options = {}) {
  if (options.terms) defaults = { ...defaults, terms: options.terms };
}

const api = Object.freeze({
  load, annotate, highlight, clear, configure,
  textOf: (target) => textOfDom(elementOf(target)).text,
  resultOf: (target) => results.get(elementOf(target)),
  isHighlighted: (target) => isHighlighted(elementOf(target)),
});

function autoRun(script) {
  const selector = script?.dataset?.annotate;
  if (!selector) return Promise.resolve([]);
  if (script.dataset.terms) { try { configure({ terms: JSON.parse(script.dataset.terms) }); } catch { /* ignore */ } }
  const run = () => Promise.all([...document.querySelectorAll(selector)].map((el) => highlight(el, { lang: script.dataset.lang })));
  return document.readyState === 'loading'
    ? new Promise((ok) => document.addEventListener('DOMContentLoaded', () => ok(run()), { once: true }))
    : run();
}

if (!globalThis.ArticleAnnotator) {
  const done = autoRun(typeof document !== 'undefined' ? document.currentScript : null);
  globalThis.ArticleAnnotator = Object.freeze({ ...api, done });
  if (typeof HTMLElement !== 'undefined') defineElement(annotate, titleOf);
}
