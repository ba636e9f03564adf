// The map of places and of countries named as actors: Natural Earth outlines
// projected at build time, one dot per entity with coordinates, framed on the
// places. Dots are buttons: they step through the entity's mentions. Zoom with
// the buttons or the wheel, pan by dragging; labels that would overlap are left
// out (the dots' titles name every entity).
import { BORDERS, LAND } from 'virtual:world';
import { plural, typeLabel } from '../shared/labels.mjs';

const SVG = 'http://www.w3.org/2000/svg';
const W = 720, H = 360, MAX_LABELS = 14;
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
  return clamp([cx - w / 2, cy - h / 2, w, h]);
}

function clamp([x, y, w, h]) {
  w = Math.min(W, Math.max(15, w)); h = w / 2;
  return [Math.max(0, Math.min(W - w, x)), Math.max(0, Math.min(H - h, y)), w, h];
}

/**
 * Greedy label placement, in the order given: right of the dot, else left;
 * inside the frame [x0, x1], no two boxes overlapping.
 */
export function placeLabels(items, fontSize, [x0, x1] = [-Infinity, Infinity]) {
  const boxes = [], out = [];
  const free = (b) => b.x >= x0 && b.x + b.w <= x1
    && boxes.every((o) => b.x + b.w <= o.x || o.x + o.w <= b.x || b.y + b.h <= o.y || o.y + o.h <= b.y);
  for (const { name, x, y, r } of items) {
    const w = name.length * fontSize * 0.56, h = fontSize * 1.1;
    const right = { x: x + r * 1.4, y: y - h / 2, w, h }, left = { x: x - r * 1.4 - w, y: y - h / 2, w, h };
    const box = free(right) ? right : free(left) ? left : null;
    if (!box) continue;
    boxes.push(box);
    out.push({ name, x: box.x, y: box.y + h * 0.8 });
    if (out.length === MAX_LABELS) break;
  }
  return out;
}

export function renderMap(box, view, step) {
  // Places before actors, the most mentioned first: the order labels are given in.
  const placed = (view.result.entities || []).filter((e) => Array.isArray(e.coordinates) && e.coordinates.length === 2)
    .sort((a, b) => (b.category === 'place') - (a.category === 'place') || b.mentions.length - a.mentions.length);
  const points = placed.map((e) => project(e.coordinates));
  const places = placed.filter((e) => e.category === 'place').map((e) => project(e.coordinates));
  const home = frame(places.length ? places : points);  // framed on the places; far actors may fall outside
  const countries = placed.length - places.length;
  const svg = el('svg', { class: 'map', role: 'group' });
  svg.setAttribute('aria-label', placed.length ? `Map of ${plural(places.length, 'place')} and ${plural(countries, 'actor')} with a location`
    : 'World map: no places with coordinates yet');
  svg.append(el('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }), el('path', { d: LAND, class: 'land' }),
    el('path', { d: BORDERS, class: 'borders' }));
  const dots = placed.map((entity, n) => {
    const dot = el('circle', { cx: points[n][0], cy: points[n][1], class: `dot aa-${entity.category}-dot`, tabindex: 0, role: 'button' });
    dot.setAttribute('aria-label', `${entity.name}, ${entity.category === 'place' ? typeLabel(entity.type) : 'actor'}, ${plural(entity.mentions.length, 'mention')}`);
    dot.append(Object.assign(el('title'), { textContent: `${entity.name} (${entity.mentions.length})` }));
    dot.addEventListener('click', () => step(entity));
    dot.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); step(entity); } });
    svg.append(dot);
    return dot;
  });
  const labels = el('g', { class: 'labels', 'aria-hidden': 'true' });
  svg.append(labels);

  let current = home;
  function show(viewBox) {
    current = clamp(viewBox);
    const [x, y, w, h] = current;
    svg.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
    const r = w / 120;  // dots and labels keep their size on screen
    const radius = (entity) => r * (1 + Math.min(2, Math.sqrt(entity.mentions.length) / 3));
    dots.forEach((dot, n) => dot.setAttribute('r', radius(placed[n])));
    const visible = placed.map((entity, n) => ({ name: entity.name, x: points[n][0], y: points[n][1], r: radius(entity) }))
      .filter((p) => p.x >= x && p.x <= x + w && p.y >= y && p.y <= y + h);
    labels.replaceChildren(...placeLabels(visible, r * 3.4, [x, x + w]).map((l) => {
      const text = el('text', { x: l.x, y: l.y, class: 'label', 'font-size': r * 3.4, 'stroke-width': r * 0.5 });
      text.textContent = l.name;
      return text;
    }));
  }
  const zoom = (factor, [fx, fy] = [current[0] + current[2] / 2, current[1] + current[3] / 2]) => {
    const [x, y, w] = current;
    const nw = Math.min(W, w * factor);
    show([fx - (fx - x) * (nw / w), fy - (fy - y) * (nw / w), nw, nw / 2]);
  };
  const toMap = (e) => {
    const rect = svg.getBoundingClientRect();
    return [current[0] + (e.clientX - rect.left) / rect.width * current[2], current[1] + (e.clientY - rect.top) / rect.height * current[3]];
  };
  svg.addEventListener('wheel', (e) => { e.preventDefault(); zoom(e.deltaY < 0 ? 1 / 1.4 : 1.4, toMap(e)); }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', (e) => { if (e.target.classList.contains('dot')) return; drag = { from: toMap(e), id: e.pointerId }; });
  svg.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    const [mx, my] = toMap(e);
    show([current[0] + drag.from[0] - mx, current[1] + drag.from[1] - my, current[2], current[3]]);
  });
  const stop = () => { drag = null; };
  svg.addEventListener('pointerup', stop);
  svg.addEventListener('pointerleave', stop);

  const controls = document.createElement('div');
  controls.className = 'map-controls';
  for (const [text, act] of [['Zoom in', () => zoom(1 / 1.6)], ['Zoom out', () => zoom(1.6)], ['Fit', () => show(home)]]) {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
    button.addEventListener('click', act);
    controls.append(button);
  }
  show(home);
  box.replaceChildren(svg, controls);
}
