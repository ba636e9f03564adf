// Natural Earth 1:110m land and country borders (world-atlas) as SVG path data,
// projected at build time (equirectangular, 2 units per degree, 720 x 360), so
// the page draws the map with no geo library: x = 360 + 2 lon, y = 180 - 2 lat.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';

export const WIDTH = 720, HEIGHT = 360;

/**
 * "M716,215L717,215L717,216Z" -> "M716 215l1 0 0 1z": each point relative to the
 * one before, after one "l" per ring (SVG repeats it). Small repeating deltas
 * gzip to less than half of the absolute points.
 */
export function relativePath(d) {
  let out = '', x = 0, y = 0, run = false;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') { out += 'z'; run = false; continue; }
    const [ax, ay] = args.split(',').map(Number);
    const dx = ax - x, dy = ay - y;
    x = ax; y = ay;
    if (command === 'M') { out += `M${ax} ${ay}`; run = false; continue; }
    const pair = `${dx}${dy < 0 ? '' : ' '}${dy}`;  // a minus sign separates numbers by itself
    out += run ? `${dx < 0 ? '' : ' '}${pair}` : `l${pair}`;
    run = true;
  }
  return out;
}

export function worldPaths() {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  const projection = geoEquirectangular().scale(WIDTH / (2 * Math.PI)).translate([WIDTH / 2, HEIGHT / 2]);
  const path = geoPath(projection).digits(0);
  // Rounding leaves runs of equal points: drop the repeats.
  const compact = (d) => d.replace(/(L-?\d+,-?\d+)(?:\1)+(?=[A-Z]|$)/g, '$1');
  return {
    land: relativePath(compact(path(feature(topology, topology.objects.land)))),
    borders: relativePath(compact(path(mesh(topology, topology.objects.countries, (a, b) => a !== b)))),
  };
}
