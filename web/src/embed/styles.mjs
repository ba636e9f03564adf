// The embed's styles, adopted as a constructed stylesheet: allowed under a CSP
// without 'unsafe-inline', and only prefixed classes (aa-*). Themes set the
// custom properties (--aa-actor, --aa-actor-bg, ...) anywhere above the marks.
const CSS = `
.aa-m { color: inherit; border-radius: .15em; text-decoration-line: underline; text-decoration-thickness: 2px;
  text-underline-offset: .2em; text-decoration-skip-ink: none; padding: 0; }
.aa-actor { background: var(--aa-actor-bg, #d7e9f7); text-decoration-color: var(--aa-actor, #0072b2); text-decoration-style: solid; }
.aa-weapon { background: var(--aa-weapon-bg, #fbe0cc); text-decoration-color: var(--aa-weapon, #d55e00);
  text-decoration-style: double; text-decoration-thickness: 3px; }
.aa-place { background: var(--aa-place-bg, #cdeee4); text-decoration-color: var(--aa-place, #009e73); text-decoration-style: dashed; }
.aa-time { background: var(--aa-time-bg, #f5e1ec); text-decoration-color: var(--aa-time, #cc79a7); text-decoration-style: dotted; }
.aa-d1 { text-underline-offset: .45em; box-shadow: inset 0 0 0 1px rgba(0, 0, 0, .25); }
.aa-d2, .aa-d3 { text-underline-offset: .65em; box-shadow: inset 0 0 0 1px rgba(0, 0, 0, .4); }
.aa-trg { background: none; color: inherit; }
:host { display: block; }
.aa-text { white-space: pre-wrap; }
`;

let sheet = null;

export function styleSheet() {
  if (!sheet && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

/** Adds the styles to a document or shadow root once. */
export function adoptStyles(root) {
  const s = styleSheet();
  if (s && !root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
  if (!s && root.nodeType === 9 && !root.querySelector('style[data-article-annotator]')) {
    const style = root.createElement('style');  // old browsers without constructed stylesheets
    style.dataset.articleAnnotator = '';
    style.textContent = CSS;
    root.head.append(style);
  }
}
