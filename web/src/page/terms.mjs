// "Your own terms": names the user wants marked, kept in localStorage and
// passed to the core as load({ terms }).
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

export function setUpTerms({ form, text, category, type, list, count }, onChange) {
  let terms = readTerms();
  const fillTypes = () => type.replaceChildren(...TYPES[category.value].map((t) => new Option(typeLabel(t), t)));
  const show = () => {
    count.textContent = terms.length ? `(${terms.length})` : '';
    list.replaceChildren(...terms.map((term, n) => {
      const li = document.createElement('li');
      const label = document.createElement('span');
      label.className = `aa-${term.category}-key`;
      label.textContent = `${term.text} — ${term.category}, ${typeLabel(term.type)}`;
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
  category.addEventListener('change', fillTypes);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = text.value.trim();
    if (!value) return;
    terms = terms.filter((t) => t.text !== value).concat({ text: value, category: category.value, type: type.value });
    text.value = '';
    save();
    text.focus();
  });
  fillTypes();
  show();
  return () => terms;
}
