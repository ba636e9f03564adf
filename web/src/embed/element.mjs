// <article-annotator lang="it">Text…</article-annotator>: shows its text content,
// annotated, in a shadow root; fires "annotated" with the result.
import { pieces } from '../shared/segments.mjs';
import { renderRange } from '../shared/render-range.mjs';
import { adoptStyles } from './styles.mjs';

export function defineElement(annotate, titleOf) {
  if (typeof customElements === 'undefined' || customElements.get('article-annotator')) return;
  customElements.define('article-annotator', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      adoptStyles(root);
      const box = document.createElement('div');
      box.className = 'aa-text';
      box.setAttribute('part', 'text');
      const text = this.textContent.replace(/\s+/g, ' ').trim();
      box.textContent = text;
      root.append(box);
      const lang = this.getAttribute('lang') || undefined;
      this.result = annotate(text, { lang }).then((result) => {
        const spans = result.mentions.map((m, i) => ({ start: m.start, end: m.end, category: m.category, i, kind: 'mention' }));
        box.replaceChildren();
        renderRange(box, text, 0, text.length, pieces(spans), 0, (mark, span) => { mark.title = titleOf(result, span.i); });
        this.dispatchEvent(new CustomEvent('annotated', { detail: result }));
        return result;
      });
    }
  });
}
