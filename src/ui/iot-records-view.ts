// The records of every device in the room, as this node sees them: per device (the address that signed), each
// numeric quantity drawn over block height as a small inline SVG chart, and a table of the latest records with
// their confirmations, which is also the chart's text alternative.
import type { FullNode } from '../node/index.ts';
import { h, svg, syncList } from './dom.ts';
import { iotTexts as texts } from './i18n/sections/iot/index.ts';
import { type ChartPoint, chartPath, collectDeviceRecords, type DeviceRecords } from './iot-model.ts';

const CHART_WIDTH = 240;
const CHART_HEIGHT = 64;
const CHART_PAD = 4;

/** Numbers as the page's language writes them, at most three decimals. */
function formatNumber(value: number): string {
  return new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 3 }).format(value);
}

function chart(groupId: string, key: string, points: readonly ChartPoint[], tableId: string): HTMLElement {
  const { path, dots, min, max, first, last } = chartPath(points, CHART_WIDTH, CHART_HEIGHT, CHART_PAD);
  const label = texts.t('iot.chartLabel', {
    key,
    count: points.length,
    first,
    last,
    min: formatNumber(min),
    max: formatNumber(max),
  });
  const drawing = svg(
    'svg',
    {
      class: 'iot-chart',
      viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`,
      role: 'img',
      'aria-label': label,
      'aria-describedby': tableId,
      'data-points': points.length,
    },
    svg('path', { d: path, class: 'iot-line' }),
  );
  // A dot per reading: several readings in one block stand one above the other.
  for (const { x, y } of dots) drawing.append(svg('circle', { r: 2.5, cx: x.toFixed(1), cy: y.toFixed(1) }));
  return h(
    'figure',
    { class: 'iot-figure', id: `${groupId}-${key}` },
    drawing,
    h('figcaption', {}, h('strong', {}, key), ` ${formatNumber(min)} … ${formatNumber(max)}`),
  );
}

function recordsTable(group: DeviceRecords, tableId: string): HTMLElement {
  const body = h('tbody');
  for (const record of group.records) {
    const reading = record.fields.map(({ key, value }) => `${key}=${value}`).join('; ');
    body.append(
      h(
        'tr',
        { class: record.height === null ? 'iot-pending' : '' },
        h('td', { class: 'number' }, record.height === null ? texts.t('iot.pending') : String(record.height)),
        h('td', { class: 'number' }, String(record.confirmations)),
        h('td', { class: 'iot-reading' }, reading),
      ),
    );
  }
  const caption = texts.t('iot.table', { name: group.label });
  // A region that scrolls on its own takes keyboard focus, or a keyboard cannot scroll it (WCAG 2.1.1).
  return h(
    'div',
    { class: 'table-scroll iot-table', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      { id: tableId },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, texts.t('iot.block')),
          h('th', { scope: 'col' }, texts.t('iot.confirmations')),
          h('th', { scope: 'col' }, texts.t('iot.reading')),
        ),
      ),
      body,
    ),
  );
}

/** What a group shows: redrawn only when this changes (a new record, a confirmation, a rename). */
function signature(group: DeviceRecords): string {
  const records = group.records.map((r) => `${r.txid}:${r.height}:${r.confirmations}`).join(',');
  return `${group.label}|${records}|${document.documentElement.lang}`;
}

function fillGroup(element: HTMLElement, group: DeviceRecords, own: boolean): void {
  const sign = `${signature(group)}|${own}`;
  if (element.dataset.signature === sign) return;
  element.dataset.signature = sign;
  const groupId = `iot-records-${group.address.slice(0, 12)}`;
  const tableId = `${groupId}-table`;
  const heading = h('h4', {}, group.label);
  if (own) heading.append(' ', h('span', { class: 'iot-own' }, `(${texts.t('iot.ownDevice')})`));
  const charts = h('div', { class: 'iot-charts' });
  for (const [key, points] of group.series) charts.append(chart(groupId, key, points, tableId));
  element.replaceChildren(
    heading,
    h(
      'p',
      { class: 'hint' },
      h('span', {}, texts.t('iot.address')),
      ': ',
      h('code', { class: 'iot-hex' }, group.address),
    ),
    charts,
    recordsTable(group, tableId),
  );
}

/** Draws the records into `list`; `own` holds this node's device addresses, marked in the headings. */
export function renderRecords(node: FullNode, list: HTMLElement, none: HTMLElement, own: ReadonlySet<string>): void {
  const groups = collectDeviceRecords(node.chain.mainChain(), node.snapshot().mempool);
  none.hidden = groups.length > 0;
  syncList(
    list,
    groups,
    (group) => group.address,
    () => h('section', { class: 'iot-record-group' }),
    (element, group) => fillGroup(element, group, own.has(group.address)),
  );
}
