// Country outlines for the picker, drawn once at build time (under Node) into one SVG path in the
// picker's own coordinates, clipped to its box, so the browser neither loads nor projects the atlas.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { pickerHeight, pickerProjection, width } from './projection.js';

export function drawOutlines() {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const projection = pickerProjection();
  const height = pickerHeight(projection);
  // Clipping to the box drops what lies outside it (most of Russia, Africa, the Americas).
  projection.clipExtent([[-1, -1], [width + 1, height + 1]]);
  const land = geoPath(projection).digits(1)(feature(topology, topology.objects.countries));
  return { width, height, land };
}
