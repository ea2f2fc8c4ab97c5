// The admin's read-only workflow diagram: activities as labelled boxes, outcomes as labelled arrows,
// laid out by dagre and drawn as SVG from the definition JSON the page embeds in a
// <script type="application/json"> block (the CSP allows data blocks, not inline script).
// This one file is both the bundle's build step (run by build.mjs under Node) and the browser code
// it bundles (which only starts where there is a document), so the bundle keeps to one file.
import { Graph, layout } from '@dagrejs/dagre';

export async function build({ browserBundle, outdir }) {
  await browserBundle({ entryPoints: [new URL(import.meta.url).pathname], outfile: `${outdir}/admin-workflow-diagram.js` });
}

const svgNs = 'http://www.w3.org/2000/svg';
const font = { size: 13, char: 7.4, line: 17 };
const colors = { box: '#ffffff', boxLine: '#1f4e79', event: '#e8f0f8', text: '#1a1a1a', muted: '#4a4a4a', edge: '#4a4a4a' };

function el(name, attributes = {}, text) {
  const node = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const textWidth = text => Math.ceil(text.length * font.char);

/** Lays the definition out: one node per activity, one edge per transition (named by its outcome). */
export function layoutDefinition(definition) {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 56, edgesep: 16, marginx: 12, marginy: 12 });
  graph.setDefaultEdgeLabel(() => ({}));
  const activities = Array.isArray(definition.activities) ? definition.activities : [];
  for (const activity of activities) {
    const title = activity.label || activity.id;
    const type = activity.type || '';
    const width = Math.max(textWidth(title), textWidth(type)) + 28;
    graph.setNode(activity.id, { title, type, width: Math.max(width, 120), height: font.line * 2 + 16, start: !!activity.start });
  }
  const transitions = Array.isArray(definition.transitions) ? definition.transitions : [];
  for (const t of transitions) {
    if (!graph.hasNode(t.from) || !graph.hasNode(t.to)) continue;
    const label = t.outcome || '';
    graph.setEdge(t.from, t.to, { label, width: textWidth(label) + 10, height: font.line, labelpos: 'c' }, label);
  }
  layout(graph);
  return graph;
}

function drawNode(svg, id, node) {
  const group = el('g', { class: 'wf-node', 'data-activity-id': id });
  const x = node.x - node.width / 2;
  const y = node.y - node.height / 2;
  group.append(el('rect', { x, y, width: node.width, height: node.height, rx: 6, fill: node.start ? colors.event : colors.box, stroke: colors.boxLine, 'stroke-width': 1.5 }));
  group.append(el('text', { x: node.x, y: y + 8 + font.line - 4, 'text-anchor': 'middle', 'font-size': font.size, 'font-weight': 600, fill: colors.text }, node.title));
  group.append(el('text', { x: node.x, y: y + 8 + font.line * 2 - 4, 'text-anchor': 'middle', 'font-size': font.size - 1, fill: colors.muted }, node.type));
  svg.append(group);
}

function drawEdge(svg, edge, data) {
  const group = el('g', { class: 'wf-edge', 'data-from': edge.v, 'data-to': edge.w, 'data-outcome': data.label });
  const d = data.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  group.append(el('path', { d, fill: 'none', stroke: colors.edge, 'stroke-width': 1.4, 'marker-end': 'url(#wf-arrow)' }));
  if (data.label && Number.isFinite(data.x)) {
    const width = textWidth(data.label) + 8;
    group.append(el('rect', { x: data.x - width / 2, y: data.y - font.line / 2, width, height: font.line, rx: 3, fill: '#ffffff' }));
    group.append(el('text', { x: data.x, y: data.y + font.size / 2 - 2, 'text-anchor': 'middle', 'font-size': font.size - 1, fill: colors.text }, data.label));
  }
  svg.append(group);
}

/** Draws the diagram of a definition into a container, replacing what it held. */
export function drawDiagram(container, definition, name) {
  const graph = layoutDefinition(definition);
  const { width = 0, height = 0 } = graph.graph();
  const svg = el('svg', { xmlns: svgNs, viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`, width: Math.ceil(width), height: Math.ceil(height), role: 'img', 'aria-label': name, focusable: 'false', 'font-family': 'system-ui, sans-serif' });
  const defs = el('defs');
  const marker = el('marker', { id: 'wf-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(el('path', { d: 'M0,0 L10,5 L0,10 z', fill: colors.edge }));
  defs.append(marker);
  svg.append(defs);
  for (const edge of graph.edges()) drawEdge(svg, edge, graph.edge(edge));
  for (const id of graph.nodes()) drawNode(svg, id, graph.node(id));
  container.replaceChildren(svg);
  container.hidden = false;
  return svg;
}

function start() {
  for (const container of document.querySelectorAll('[data-workflow-diagram]')) {
    const source = document.getElementById(container.getAttribute('data-workflow-diagram'));
    if (!source) continue;
    try {
      drawDiagram(container, JSON.parse(source.textContent), container.getAttribute('data-label') || '');
    } catch (error) {
      // The text alternative beside the diagram still describes the workflow.
      console.error('Workflow diagram could not be drawn', error);
    }
  }
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
