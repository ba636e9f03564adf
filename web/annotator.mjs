// The embed as an ES module: import { highlight } from './annotator.mjs'.
// It runs annotator.js once (a classic script that defines ArticleAnnotator) and
// takes the API from the symbol it also sets, so another script's
// window.ArticleAnnotator cannot stand in for it.
import './annotator.js';

const api = globalThis[Symbol.for('article-annotator.api')];
export default api;
export const { load, annotate, highlight, clear, configure, textOf, resultOf } = api;
