// Enhances a point field (latitude and longitude inputs) with a clickable map of Europe: a click sets
// both inputs (5 decimals, about a metre) and moves the marker; typing in the inputs moves the marker.
// The inputs stay the accessible way to set the point (the map is an image for keyboard and screen
// reader users, so it takes no focus); a status line says where a click put the point.
import outlines from 'geo-picker:outlines';
import { inFrame, pickerProjection } from './projection.js';

const svgNs = 'http://www.w3.org/2000/svg';
const projection = pickerProjection();

function svgElement(name, attributes) {
  const element = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

const round = value => Math.round(value * 1e5) / 1e5;
const format = (template, ...values) => values.reduce((text, value, i) => text.replace(`{${i}}`, value), template || '');

function enhance(container) {
  const lat = document.getElementById(container.dataset.latInput);
  const lng = document.getElementById(container.dataset.lngInput);
  if (!lat || !lng || lat.readOnly || lng.readOnly) return;

  const map = svgElement('svg', {
    viewBox: `0 0 ${outlines.width} ${outlines.height}`, width: '100%', role: 'img',
    'aria-label': container.dataset.mapLabel || '', class: 'geo-picker-map', focusable: 'false',
  });
  map.append(
    svgElement('rect', { width: outlines.width, height: outlines.height, fill: '#dce9f2' }),
    svgElement('path', { d: outlines.land, fill: '#f4f1ea', stroke: '#7a7a7a', 'stroke-width': 0.6, 'stroke-linejoin': 'round' }));
  const marker = svgElement('g', { class: 'geo-picker-marker', visibility: 'hidden' });
  marker.append(
    svgElement('circle', { r: 9, fill: 'none', stroke: '#ffffff', 'stroke-width': 3 }),
    svgElement('circle', { r: 7, fill: '#b3261e', 'fill-opacity': 0.85, stroke: '#5c0f0a', 'stroke-width': 1.5 }));
  map.append(marker);
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  container.append(map, status);
  container.hidden = false;

  // The marker follows the inputs, whoever filled them; a point off the map hides it.
  function place() {
    const y = Number.parseFloat(lat.value), x = Number.parseFloat(lng.value);
    if (lat.value.trim() === '' || lng.value.trim() === '' || !Number.isFinite(x) || !Number.isFinite(y) || !inFrame(x, y)) {
      marker.setAttribute('visibility', 'hidden');
      map.removeAttribute('data-marker');
      return;
    }
    const [px, py] = projection([x, y]);
    marker.setAttribute('transform', `translate(${px.toFixed(2)} ${py.toFixed(2)})`);
    marker.setAttribute('visibility', 'visible');
    map.setAttribute('data-marker', `${px.toFixed(2)},${py.toFixed(2)}`);
  }

  map.addEventListener('click', event => {
    const matrix = map.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const degrees = projection.invert([point.x, point.y]);
    if (!degrees || !inFrame(degrees[0], degrees[1])) return;
    lat.value = String(round(degrees[1]));
    lng.value = String(round(degrees[0]));
    // Listeners on the form (unsaved-changes warning, autosave) see the change as if typed.
    for (const input of [lat, lng]) {
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    status.textContent = format(container.dataset.pointSet, lat.value, lng.value);
  });
  lat.addEventListener('input', place);
  lng.addEventListener('input', place);
  place();
}

document.querySelectorAll('[data-geo-picker]').forEach(enhance);
