// The legend: one toggle per category with its count; hiding a category only
// removes its colour and underline (the text stays).
import { CATEGORY_LABEL } from '../shared/labels.mjs';

export function renderLegend(legend, output, view) {
  const shown = view?.counts.time ? ['actor', 'weapon', 'place', 'time'] : ['actor', 'weapon', 'place'];
  legend.replaceChildren(...shown.map((category) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `legend-item aa-${category}-key`;
    button.dataset.category = category;
    const hidden = output.classList.contains(`hide-${category}`);
    button.setAttribute('aria-pressed', String(!hidden));
    const swatch = document.createElement('mark');
    swatch.className = `aa-m aa-${category}`;
    swatch.textContent = CATEGORY_LABEL[category];
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = String(view?.counts[category] ?? 0);
    button.append(swatch, ' ', count);
    button.title = `Show or hide the highlights of ${CATEGORY_LABEL[category].toLowerCase()}`;
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(on));
      output.classList.toggle(`hide-${category}`, !on);
    });
    return button;
  }));
}
