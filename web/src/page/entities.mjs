// Entities grouped by category, most mentioned first; a click steps through the
// entity's mentions in the article.
import { CATEGORIES, CATEGORY_LABEL, typeLabel } from '../shared/labels.mjs';

const FIRST = 100;  // per category, before "show all"

export function renderEntities(box, view, step) {
  const groups = CATEGORIES.map((category) => ({
    category,
    entities: (view.result.entities || []).filter((e) => e.category === category)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)),
  })).filter((g) => g.entities.length);
  if (!groups.length) { box.replaceChildren(empty('No actors, weapons or places found.')); return; }
  box.replaceChildren(...groups.map(({ category, entities }) => {
    const section = document.createElement('section');
    section.className = `group aa-${category}-key`;
    const h = document.createElement('h3');
    h.textContent = `${CATEGORY_LABEL[category]} (${entities.length})`;
    const list = document.createElement('ul');
    list.className = 'entity-list';
    const fill = (n) => list.replaceChildren(...entities.slice(0, n).map((e) => item(e, step)));
    fill(FIRST);
    section.append(h, list);
    if (entities.length > FIRST) {
      const more = document.createElement('button');
      more.type = 'button';
      more.textContent = `Show all ${entities.length}`;
      more.addEventListener('click', () => { fill(entities.length); more.remove(); });
      section.append(more);
    }
    return section;
  }));
}

function item(entity, step) {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'entity';
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = entity.name;
  const type = document.createElement('span');
  type.className = 'type';
  type.textContent = typeLabel(entity.type);
  const count = document.createElement('span');
  count.className = 'count';
  count.append(String(entity.mentions.length), hidden(entity.mentions.length === 1 ? ' mention' : ' mentions'));
  button.append(name, ' ', type, ' ', count);
  button.title = 'Show the next mention in the article';
  button.addEventListener('click', () => {
    const at = step(entity);
    if (at) button.dataset.at = `${at.index + 1}/${at.total}`;
  });
  li.append(button);
  return li;
}

function hidden(text) {
  return Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: text });
}

export function empty(text) {
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = text;
  return p;
}
