// The embed as an ES module: import { highlight } from './annotator.mjs'.
// It runs annotator.js once (a classic script that defines ArticleAnnotator) and
// takes the API from the symbol it also sets, so another script's
// window.ArticleAnnotator cannot stand in for it.
import './annotator.js';

const api = globalThis[Symbol.for('article-annotator.api')];
api.configure({ base: import.meta.url });  // the core and its packs are next to this file
export default api;
export const { load, annotate, highlight, clear, configure, textOf, resultOf } = api;
