// "Your own terms": names the user wants marked (or never marked), kept in
// localStorage and passed to the core as load({ terms }). A term wins over the
// built-in reading of the same words; with `override` also inside a longer
// built-in mention. Category "none" means "not a mention".
import { TYPES, typeLabel } from '../shared/labels.mjs';

const KEY = 'article-annotator.terms';

export function readTerms() {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) || '[]');
    return Array.isArray(list) ? list.filter((t) => t && typeof t.text === 'string' && t.text.trim()) : [];
  } catch { return []; }
}

function writeTerms(list) {
  try { localStorage.setItem(KEY, JSON.stringify(list)); } catch { /* private mode: keep them for this visit */ }
}

export function termLabel(term) {
  const what = term.category === 'none' ? 'not a mention' : `${term.category}, ${typeLabel(term.type)}`;
  return `${term.text} — ${what}${term.override ? ', also inside longer names' : ''}`;
}

/** Returns { list(), add(term) }; onChange(terms) runs after every change. */
export function setUpTerms({ form, text, category, type, override, list, count }, onChange) {
  let terms = readTerms();
  const fillTypes = () => type.replaceChildren(...TYPES[category.value].map((t) => new Option(typeLabel(t), t)));
  const show = () => {
    count.textContent = terms.length ? `(${terms.length})` : '';
    list.replaceChildren(...terms.map((term, n) => {
      const li = document.createElement('li');
      const label = document.createElement('span');
      label.className = `aa-${term.category}-key`;
      label.textContent = termLabel(term);
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', `Remove ${term.text}`);
      remove.addEventListener('click', () => { terms = terms.filter((_, i) => i !== n); save(); });
      li.append(label, ' ', remove);
      return li;
    }));
  };
  const save = () => { writeTerms(terms); show(); onChange(terms); };
  const add = (term) => {
    const clean = { text: term.text.trim(), category: term.category, type: term.category === 'none' ? '' : term.type };
    if (term.override) clean.override = true;
    if (!clean.text) return;
    terms = terms.filter((t) => t.text !== clean.text).concat(clean);
    save();
  };
  category.addEventListener('change', fillTypes);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    add({ text: text.value, category: category.value, type: type.value, override: override.checked });
    text.value = '';
    text.focus();
  });
  fillTypes();
  show();
  return { list: () => terms, add };
}
