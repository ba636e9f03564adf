// The embed as an ES module: import { highlight } from './annotator.mjs'.
// It runs annotator.js once (a classic script that defines ArticleAnnotator).
import './annotator.js';

const api = globalThis.ArticleAnnotator;
export default api;
export const { load, annotate, highlight, clear, configure, textOf, resultOf } = api;
