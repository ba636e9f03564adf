// Correcting the annotation from the article: select words (or focus a mention)
// and mark them as another category and type, or as no mention at all. Each
// correction is one of the user's terms (kept, listed, removable with the others),
// so it applies to every occurrence, now and in later articles.
import { TYPES, typeLabel } from '../shared/labels.mjs';

const MAX_CHARS = 120;

export function setUpCorrections(output, bar, getView, terms) {
  const [quote, select, apply, unmark, close] = ['fix-text', 'fix-type', 'fix-apply', 'fix-none', 'fix-close']
    .map((id) => document.getElementById(id));
  select.replaceChildren(...Object.entries(TYPES).map(([category, types]) => {
    const group = document.createElement('optgroup');
    group.label = category;
    group.append(...types.map((t) => new Option(`${category} · ${typeLabel(t)}`, `${category}/${t}`)));
    return group;
  }));
  let target = null;  // the words to correct

  const mentionOf = (node) => {
    const mark = (node?.nodeType === 1 ? node : node?.parentElement)?.closest('mark.aa-m');
    return mark && output.contains(mark) ? getView()?.result.mentions[Number(mark.dataset.m)] : null;
  };
  function selected() {
    const selection = document.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return null;
    const within = selection.getRangeAt(0).commonAncestorContainer;
    if (!output.contains(within)) return null;
    const text = selection.toString().replace(/\s+/g, ' ').trim();
    if (!text || text.length > MAX_CHARS || /\n/.test(selection.toString().trim())) return null;
    const m = mentionOf(within);
    return { text, mention: m?.text === text ? m : null };
  }
  function focusedMention() {
    const m = mentionOf(document.activeElement);
    return m ? { text: m.text, mention: m } : null;
  }
  function update() {
    if (bar.contains(document.activeElement)) return;  // the reader is using the bar
    target = getView() ? selected() || focusedMention() : null;
    bar.hidden = !target;
    if (!target) return;
    quote.textContent = `“${target.text}”`;
    const m = target.mention;
    if (m && TYPES[m.category]?.includes(m.type)) select.value = `${m.category}/${m.type}`;
  }
  document.addEventListener('selectionchange', update);
  output.addEventListener('focusin', update);
  output.addEventListener('focusout', () => setTimeout(update));
  bar.addEventListener('focusout', () => setTimeout(update));
  const dismiss = () => { bar.hidden = true; output.focus({ preventScroll: true }); };
  bar.addEventListener('keydown', (e) => { if (e.key === 'Escape') dismiss(); });
  close.addEventListener('click', dismiss);

  const correct = (term) => {
    if (!target) return;
    terms.add({ text: target.text, override: true, ...term });
    target = null;
    bar.hidden = true;
    output.focus({ preventScroll: true });
  };
  apply.addEventListener('click', () => {
    const [category, type] = select.value.split('/');
    correct({ category, type });
  });
  unmark.addEventListener('click', () => correct({ category: 'none' }));
}
