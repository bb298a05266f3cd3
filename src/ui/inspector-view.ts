// The network inspector: every message in and out (time, direction, type, peer, size) from the network's traffic
// events, in a bounded log, with totals since start.
import type { FullNode } from '../node/index.ts';
import { BURST_REDRAW_MS, byId, h, redrawScheduler, setText, syncList, type Unbind } from './dom.ts';
import { type EventHistory, type Recorded, TRAFFIC_SHOWN, type TrafficEvent } from './event-history.ts';
import { t } from './i18n/index.ts';

function row({ time, event }: Recorded<TrafficEvent>): HTMLTableRowElement {
  return h(
    'tr',
    { class: `traffic-${event.direction}` },
    h('td', {}, new Date(time).toLocaleTimeString()),
    h('td', {}, event.direction === 'in' ? `← ${t('peers.in')}` : `→ ${t('peers.out')}`),
    h('td', {}, event.messageType),
    h('td', {}, h('code', {}, event.peerId)),
    h('td', { class: 'number' }, String(event.bytes)),
  );
}

function count(messages: Record<string, number>): number {
  return Object.values(messages).reduce((a, b) => a + b, 0);
}

/** `traffic`: the messages since the page opened, kept while this view's code had not loaded. */
export function mountInspectorView(node: FullNode, doc: Document, traffic: EventHistory<TrafficEvent>): Unbind {
  const section = byId(doc, 'inspector', HTMLElement);
  const body = byId(doc, 'traffic-body', HTMLElement);
  const totals = byId(doc, 'traffic-totals', HTMLElement);
  setText(byId(doc, 'traffic-caption', HTMLElement), t('peers.trafficCaption', { count: TRAFFIC_SHOWN }));
  section.hidden = false;
  const render = () => {
    syncList(body, traffic.entries(), (entry) => String(entry.seq), row);
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
  const unsubscribe = traffic.subscribe(redraw.schedule);
  render();
  return () => {
    redraw.cancel();
    unsubscribe();
  };
}
