// The map of places: Natural Earth outlines projected at build time, one dot per
// entity with coordinates, zoomed to the dots. Dots are buttons: they step
// through the entity's mentions.
import { BORDERS, LAND } from 'virtual:world';
import { typeLabel } from '../shared/labels.mjs';

const SVG = 'http://www.w3.org/2000/svg';
const W = 720, H = 360;
const el = (name, attrs = {}) => {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};
export const project = ([lat, lon]) => [W / 2 + 2 * lon, H / 2 - 2 * lat];

/** The view box around the points, at least 60 x 30 degrees, in the 2:1 shape. */
function frame(points) {
  if (!points.length) return [0, 0, W, H];
  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
  let w = Math.max(120, (Math.max(...xs) - Math.min(...xs)) * 1.4);
  let h = Math.max(60, (Math.max(...ys) - Math.min(...ys)) * 1.4);
  if (w < 2 * h) w = 2 * h; else h = w / 2;
  w = Math.min(w, W); h = Math.min(h, H);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  return [Math.max(0, Math.min(W - w, cx - w / 2)), Math.max(0, Math.min(H - h, cy - h / 2)), w, h];
}

export function renderMap(box, view, step) {
  const placed = (view.result.entities || []).filter((e) => Array.isArray(e.coordinates) && e.coordinates.length === 2);
  const points = placed.map((e) => project(e.coordinates));
  // Framed on the places; countries named as actors (often far away) may fall outside.
  const places = placed.filter((e) => e.category === 'place').map((e) => project(e.coordinates));
  const [x, y, w, h] = frame(places.length ? places : points);
  const svg = el('svg', { viewBox: `${x} ${y} ${w} ${h}`, role: 'group', class: 'map' });
  svg.setAttribute('aria-label', placed.length ? `Map of ${placed.length} places and countries` : 'World map: no places with coordinates yet');
  svg.append(el('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }), el('path', { d: LAND, class: 'land' }),
    el('path', { d: BORDERS, class: 'borders' }));
  const r = Math.max(1.5, w / 120);
  placed.forEach((entity, n) => {
    const [px, py] = points[n];
    const dot = el('circle', { cx: px, cy: py, r: r * (1 + Math.min(2, Math.sqrt(entity.mentions.length) / 3)),
      class: `dot aa-${entity.category}-dot`, tabindex: 0, role: 'button' });
    dot.setAttribute('aria-label', `${entity.name}, ${typeLabel(entity.type)}, ${entity.mentions.length} mentions`);
    const title = el('title');
    title.textContent = `${entity.name} (${entity.mentions.length})`;
    dot.append(title);
    dot.addEventListener('click', () => step(entity));
    dot.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); step(entity); } });
    svg.append(dot);
  });
  // Labels for the most mentioned few only: the dots' titles name the rest.
  const labels = placed.filter((e) => e.category === 'place').sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 5);
  for (const entity of labels) {
    const [px, py] = project(entity.coordinates);
    const label = el('text', { x: px + r * 1.6, y: py + r, class: 'label', 'font-size': r * 3.6, 'aria-hidden': 'true' });
    label.textContent = entity.name;
    svg.append(label);
  }
  box.replaceChildren(svg);
}
