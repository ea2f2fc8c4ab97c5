// Country outlines of Europe from Natural Earth (world-atlas, 1:50m) as GeoJSON, for maps drawn
// on the server. Only countries that reach into the frame are kept; coordinates are rounded to
// 0.01° (about 1 km), which is finer than a pixel at the sizes we draw.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';

const frame = { west: -25, east: 45, south: 33, north: 72 };

export async function build({ outdir }) {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const world = feature(topology, topology.objects.countries);
  const round = c => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
  const inFrame = ([lon, lat]) => lon >= frame.west && lon <= frame.east && lat >= frame.south && lat <= frame.north;
  const points = c => Array.isArray(c[0]) ? c.flatMap(points) : [c];
  const features = world.features
    .filter(f => f.geometry && points(f.geometry.coordinates).some(inFrame))
    .map(f => ({ type: 'Feature', id: f.id, properties: { name: f.properties.name },
      geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) } }));
  const collection = { type: 'FeatureCollection', source: 'Natural Earth 1:50m via world-atlas', frame, features };
  writeFileSync(join(outdir, 'europe.geo.json'), JSON.stringify(collection));
}
