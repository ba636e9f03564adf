// <article-annotator lang="it">Text…</article-annotator>: shows its text content,
// annotated, in a shadow root, and again whenever the text or its lang or
// badges attribute changes (set before or after insertion); fires "annotated"
// with the result. `element.result` is a promise of the latest result (null
// when annotating failed: the text then stays plain).
import { pieces } from '../shared/segments.mjs';
import { mentionSpans, renderRange } from '../shared/render-range.mjs';
import { attachTooltip } from '../shared/tooltip.mjs';
import { adoptStyles } from './styles.mjs';

export function defineElement(annotate, report) {
  if (typeof customElements === 'undefined') return;
  if (customElements.get('article-annotator')) {
    if (!customElements.get('article-annotator').isArticleAnnotator) {
      console.warn('ArticleAnnotator: <article-annotator> is already defined by another script and is left as it is.');
    }
    return;
  }
  customElements.define('article-annotator', class extends HTMLElement {
    static isArticleAnnotator = true;
    static observedAttributes = ['lang', 'badges'];

    connectedCallback() {
      if (!this.shadowRoot) {
        const root = this.attachShadow({ mode: 'open' });
        adoptStyles(root);
        this.box = document.createElement('div');
        this.box.className = 'aa-text';
        this.box.setAttribute('part', 'text');
        const tip = document.createElement('div');
        Object.assign(tip, { className: 'aa-tip', id: 'tip', hidden: true });
        tip.setAttribute('role', 'tooltip');
        root.append(this.box, tip);
        attachTooltip(root, tip, () => this.latest);
        this.observer = new MutationObserver(() => this.update());
        this.requests = 0;
      }
      this.observer.observe(this, { childList: true, characterData: true, subtree: true });
      this.update();
    }

    disconnectedCallback() { this.observer?.disconnect(); }

    attributeChangedCallback() { if (this.shadowRoot) this.update(); }

    update() {
      const text = this.textContent.replace(/\s+/g, ' ').trim();
      const lang = this.getAttribute('lang') || undefined;
      const badges = this.hasAttribute('badges');
      const key = JSON.stringify([text, lang, badges]);
      if (key === this.shown) return;
      this.shown = key;
      const request = ++this.requests;
      this.box.textContent = text;
      this.latest = null;
      this.result = annotate(text, { lang }).then((result) => {
        if (request !== this.requests) return this.result;  // a newer text replaced this one
        this.box.replaceChildren();
        renderRange(this.box, text, 0, text.length, pieces(mentionSpans(result)), 0, (mark) => {
          mark.tabIndex = -1;
          if (badges) mark.classList.add('aa-badge');
        });
        const first = this.box.querySelector('.aa-m');
        if (first) first.tabIndex = 0;
        this.latest = result;
        this.dispatchEvent(new CustomEvent('annotated', { detail: result }));
        return result;
      }, (error) => { report(error); return null; });
    }
  });
}
