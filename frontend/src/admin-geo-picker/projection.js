// The picker's projection, shared by the build step (which draws the outlines once) and the browser
// (which turns clicks into degrees and degrees into the marker's place): the public map's Lambert
// conformal conic (standard parallels 35°N and 65°N, central meridian 10°E) fitted so that the same
// geographic frame, sampled along its edges, fills a box of `width` units with north up.
import { geoConicConformal, geoPath } from 'd3-geo';

export const frame = { west: -25, east: 45, south: 33, north: 72 };
export const width = 800;

function frameEdges() {
  const points = [];
  for (let i = 0; i <= 64; i++) {
    const lon = frame.west + (frame.east - frame.west) * i / 64;
    const lat = frame.south + (frame.north - frame.south) * i / 64;
    points.push([lon, frame.south], [lon, frame.north], [frame.west, lat], [frame.east, lat]);
  }
  return { type: 'MultiPoint', coordinates: points };
}

export function pickerProjection() {
  return geoConicConformal().parallels([35, 65]).rotate([-10, 0]).fitWidth(width, frameEdges());
}

/** The box's height for `width`, in the same units. */
export function pickerHeight(projection = pickerProjection()) {
  return Math.round(geoPath(projection).bounds(frameEdges())[1][1]);
}

export const inFrame = (lng, lat) =>
  lng >= frame.west && lng <= frame.east && lat >= frame.south && lat <= frame.north;
