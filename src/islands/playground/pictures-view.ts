/**
 * Draws the playground's pictures into the page: the stage graph as SVG (the lesson
 * diagram's layout, drawn client-side) with its table, and the layer and size bars, each a
 * table whose cells hold both the number and its bar. Plain DOM: nothing here decides anything.
 */
import { LAYOUT } from '../../lib/diagrams/stage-layout';
import type { ImageSizeRow, LayerRow, StagePicture } from '../../lib/playground/pictures';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function el<K extends keyof HTMLElementTagNameMap>(
  name: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

export function stageSvg(p: StagePicture): SVGSVGElement {
  const { layout } = p;
  const root = svg('svg', {
    role: 'img',
    'aria-label': p.summary,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    width: layout.width,
    height: layout.height,
    class: 'pg-stage-svg',
  });
  const marker = svg('marker', {
    id: 'pg-arrow',
    viewBox: '0 0 10 10',
    refX: 9,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: 'auto-start-reverse',
  });
  marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }));
  const defs = svg('defs', {});
  defs.append(marker);
  root.append(defs);
  for (const e of layout.edges) {
    const cls = ['edge', e.edge.kind, e.skipped ? 'skipped' : ''].join(' ').trim();
    root.append(
      svg('line', {
        x1: e.x1,
        y1: e.y1,
        x2: e.x2,
        y2: e.y2 - 1,
        class: cls,
        'marker-end': 'url(#pg-arrow)',
      }),
    );
  }
  for (const b of layout.boxes) {
    const cls = ['box', b.stage.isTarget ? 'target' : '', b.stage.built ? '' : 'skipped'];
    const g = svg('g', { class: cls.join(' ').trim(), 'data-stage': b.stage.label });
    g.append(svg('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 6 }));
    b.lines.forEach((line, i) => {
      const y = b.y + LAYOUT.boxPadY + LAYOUT.lineHeight * i + LAYOUT.lineHeight * 0.72;
      g.append(svg('text', { x: b.x + LAYOUT.boxPadX, y, class: line.kind }, line.text));
    });
    root.append(g);
  }
  for (const e of layout.edges) {
    if (!e.label) continue;
    const g = svg('g', { class: `edge-label${e.skipped ? ' skipped' : ''}` });
    const { x, y, w, text } = e.label;
    g.append(svg('rect', { x: x - w / 2, y: y - 10, width: w, height: 20, rx: 4 }));
    g.append(svg('text', { x, y: y + 4.5, 'text-anchor': 'middle' }, text));
    root.append(g);
  }
  return root;
}

function table(caption: string, head: string[], rows: (Node | string)[][]): HTMLElement {
  const thead = el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h))));
  const body = el(
    'tbody',
    {},
    ...rows.map((r) =>
      el('tr', {}, ...r.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c)))),
    ),
  );
  const region = el('div', {
    class: 'table-scroll',
    role: 'region',
    'aria-label': caption,
    tabindex: '0',
  });
  region.append(el('table', {}, thead, body));
  return region;
}

export function stageTable(p: StagePicture): HTMLElement {
  return table(
    `Stages table, target ${p.targetLabel}`,
    ['Stage', 'Base', 'Copies from', 'Built for this target?'],
    p.rows.map((r) => [r.stage, el('code', {}, r.base), r.copiesFrom, r.built]),
  );
}

function bar(percent: number, text: string): HTMLElement {
  const wrap = el('span', { class: 'pg-bar-cell' });
  const b = el('span', { class: 'pg-bar', 'aria-hidden': 'true' });
  b.style.width = `${percent}%`;
  wrap.append(
    el('span', { class: 'pg-bar-track', 'aria-hidden': 'true' }, b),
    el('span', {}, text),
  );
  return wrap;
}

export function layerTable(reference: string, rows: readonly LayerRow[]): HTMLElement {
  return table(
    `Layers of ${reference}, newest first`,
    ['Created by', 'Size'],
    rows.map((r) => [
      el('code', {}, r.createdBy),
      bar(r.percent, r.empty ? '0B (metadata only)' : r.sizeText),
    ]),
  );
}

export function sizeTable(rows: readonly ImageSizeRow[]): HTMLElement {
  return table(
    'Sizes of the images built in this session',
    ['Image', 'Size'],
    rows.map((r) => [el('code', {}, r.name), bar(r.percent, r.sizeText)]),
  );
}
