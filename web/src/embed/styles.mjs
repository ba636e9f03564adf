// The embed's styles, adopted as a constructed stylesheet: allowed under a CSP
// without 'unsafe-inline', and only prefixed classes and elements (aa-*). The
// marks are <aa-mark> elements, so host rules on `mark` never reach them; the
// reset below undoes what a host may set on every element (font, border ...). Themes set the
// custom properties (--aa-actor, --aa-actor-bg, ...) anywhere above the marks.
const CSS = `
.aa-m { color: inherit; font: inherit; letter-spacing: inherit; text-transform: inherit; border: 0; margin: 0; padding: 0;
  display: inline; border-radius: .15em; text-decoration-line: underline; text-decoration-thickness: 2px;
  text-underline-offset: .2em; text-decoration-skip-ink: none; cursor: pointer; }
.aa-actor { --aa-key: var(--aa-actor, #0072b2); background: var(--aa-actor-bg, #d7e9f7); text-decoration-color: var(--aa-actor, #0072b2); text-decoration-style: solid; }
.aa-weapon { --aa-key: var(--aa-weapon, #d55e00); background: var(--aa-weapon-bg, #fbe0cc); text-decoration-color: var(--aa-weapon, #d55e00);
  text-decoration-style: double; text-decoration-thickness: 3px; }
.aa-place { --aa-key: var(--aa-place, #009e73); background: var(--aa-place-bg, #cdeee4); text-decoration-color: var(--aa-place, #009e73); text-decoration-style: dashed; }
.aa-time { --aa-key: var(--aa-time, #cc79a7); background: var(--aa-time-bg, #f5e1ec); text-decoration-color: var(--aa-time, #cc79a7); text-decoration-style: dotted; }
.aa-d1 { text-underline-offset: .45em; box-shadow: inset 0 0 0 1px rgba(0, 0, 0, .25); }
.aa-d2, .aa-d3 { text-underline-offset: .65em; box-shadow: inset 0 0 0 1px rgba(0, 0, 0, .4); }
.aa-m:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
.aa-badge[data-t]::after { content: attr(data-t); display: inline-block; margin-left: .25em; padding: 0 .3em; border-radius: .25em;
  font: 600 .68em/1.5 system-ui, sans-serif; text-transform: uppercase; vertical-align: .15em; color: #1b1b1b; background: #fff;
  border: 1px solid var(--aa-key, #888); }
.aa-tip { position: fixed; z-index: 2147483000; display: block; max-width: 22rem; margin: 0; background: #1b1b1b; color: #fff;
  padding: .4rem .6rem; border-radius: .3rem; font: .85rem/1.4 system-ui, sans-serif; text-align: left; text-transform: none;
  box-shadow: 0 2px 8px rgba(0, 0, 0, .3); }
.aa-tip[hidden] { display: none; }
.aa-tip a { color: #a8d8ff; text-decoration: underline; }
.aa-tip strong { font-weight: 700; }
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
