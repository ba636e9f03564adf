// The text of a DOM subtree as a reader sees it, with a map back to its text
// nodes: blocks are separated by blank lines (virtual characters that belong to
// no node), script-like elements are skipped.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH',
  'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'ARTICLE-ANNOTATOR']);
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'BODY']);

/**
 * -> { text, runs: [{ node, start }] } with runs in document order. With
 * skipEditable, editable regions ([contenteditable], a designMode document) are
 * left out: marks there would be typed into and saved by an editor.
 */
export function textOfDom(root, { skipEditable = false } = {}) {
  const parts = [], runs = [];
  let length = 0, pendingBreak = false;
  const push = (s) => { parts.push(s); length += s.length; };
  const breakLine = () => { if (length) pendingBreak = true; };
  const visit = (node) => {
    if (node.nodeType === 3) {
      if (!node.data) return;
      if (pendingBreak) { push('\n\n'); pendingBreak = false; }
      runs.push({ node, start: length });
      push(node.data);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag) || (skipEditable && node.isContentEditable)) return;
    const block = BLOCK.has(tag);
    if (block) breakLine();
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) breakLine();
  };
  visit(root);
  return { text: parts.join(''), runs };
}

/** Plain text of an HTML string, never executing or loading anything in it. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return textOfDom(doc.body || doc).text
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
