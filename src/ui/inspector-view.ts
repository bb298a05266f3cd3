// The network inspector: every message in and out (time, direction, type, peer, size) from the network's traffic
// events, in a bounded log, with totals since start.
import type { FullNode } from '../node/index.ts';
import { BURST_REDRAW_MS, byId, h, redrawScheduler, setText, syncList, type Unbind } from './dom.ts';
import { t } from './i18n/index.ts';

/** Messages kept: a busy classroom sends dozens a second, and only the last ones are read. */
const LOG_SIZE = 50;

type Entry = {
  readonly seq: number;
  readonly time: number;
  readonly direction: 'in' | 'out';
  readonly type: string;
  readonly peer: string;
  readonly bytes: number;
};

function row(entry: Entry): HTMLTableRowElement {
  return h(
    'tr',
    { class: `traffic-${entry.direction}` },
    h('td', {}, new Date(entry.time).toLocaleTimeString()),
    h('td', {}, entry.direction === 'in' ? `← ${t('peers.in')}` : `→ ${t('peers.out')}`),
    h('td', {}, entry.type),
    h('td', {}, h('code', {}, entry.peer)),
    h('td', { class: 'number' }, String(entry.bytes)),
  );
}

function count(messages: Record<string, number>): number {
  return Object.values(messages).reduce((a, b) => a + b, 0);
}

export function mountInspectorView(node: FullNode, doc: Document): Unbind {
  const section = byId(doc, 'inspector', HTMLElement);
  const body = byId(doc, 'traffic-body', HTMLElement);
  const totals = byId(doc, 'traffic-totals', HTMLElement);
  setText(byId(doc, 'traffic-caption', HTMLElement), t('peers.trafficCaption', { count: LOG_SIZE }));
  section.hidden = false;
  const log: Entry[] = [];
  let seq = 0;
  const render = () => {
    syncList(body, log, (e) => String(e.seq), row);
    const snapshot = node.traffic();
    setText(
      totals,
      t('peers.totals', {
        inCount: count(snapshot.in.messages),
        inBytes: snapshot.in.bytes,
        outCount: count(snapshot.out.messages),
        outBytes: snapshot.out.bytes,
      }),
    );
  };
  // A sync is hundreds of messages a second: four redraws a second show it moving at a fraction of the cost.
  const redraw = redrawScheduler(render, BURST_REDRAW_MS, section);
  const unsubscribe = node.subscribe((event) => {
    if (event.type !== 'traffic') return;
    const { direction, messageType, peerId, bytes } = event;
    log.unshift({ seq: seq++, time: Date.now(), direction, type: messageType, peer: peerId, bytes });
    if (log.length > LOG_SIZE) log.length = LOG_SIZE;
    redraw.schedule();
  });
  render();
  return () => {
    redraw.cancel();
    unsubscribe();
  };
}
