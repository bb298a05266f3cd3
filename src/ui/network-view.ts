// The network panel: this node's peer id, the invite link and its QR code, the online switch (a partition a teacher
// can show), registering a node by id (the seed's /nodes/register), the connected peers with their tips and what
// carries each link (direct WebRTC, TURN, or the classroom server's relay), and the peers it keeps failing to reach,
// with why: a teacher reads from this list what the Wi-Fi does.
import type { FullNode, LinkEnd, NodeSnapshot, PeerInfo, SyncEnd } from '../node/index.ts';
import {
  BURST_REDRAW_MS,
  bind,
  byId,
  h,
  redrawScheduler,
  setFieldError,
  setText,
  syncList,
  type Unbind,
} from './dom.ts';
import type { EventHistory, LoggedNetworkEvent, Recorded } from './event-history.ts';
import { failureText } from './failures.ts';
import { t } from './i18n/index.ts';

type FailingDial = NodeSnapshot['failingDials'][number];

/** One line of the list: a link, or a peer this node keeps failing to reach. */
type PeerRow =
  | { readonly kind: 'link'; readonly peer: PeerInfo }
  | { readonly kind: 'failing'; readonly dial: FailingDial };

function rowKey(row: PeerRow): string {
  return row.kind === 'link' ? `link:${row.peer.id}` : `failing:${row.dial.peerId}`;
}

function peerLine(row: PeerRow): HTMLLIElement {
  const id = row.kind === 'link' ? row.peer.id : row.dial.peerId;
  return h(
    'li',
    { class: row.kind === 'link' ? `peer-link-${row.peer.link}` : 'peer-failing' },
    h('code', {}, id),
    h('span', { class: 'peer-state' }),
  );
}

function rowState(row: PeerRow): string {
  if (row.kind === 'link') return peerState(row.peer);
  const reason = t(`dial-failed.${row.dial.code}`);
  return ` ${t('peers.failing', { failures: row.dial.failures, reason })}`;
}

/** The links, then the peers failing to link that have no link now. */
function peerRows(snapshot: NodeSnapshot): PeerRow[] {
  const linked = new Set(snapshot.peers.map((p) => p.id));
  return [
    ...snapshot.peers.map((peer): PeerRow => ({ kind: 'link', peer })),
    ...snapshot.failingDials.filter((d) => !linked.has(d.peerId)).map((dial): PeerRow => ({ kind: 'failing', dial })),
  ];
}

function peerState(peer: PeerInfo): string {
  if (!peer.ready) return ` ${t('peers.connecting')}`;
  const latency = peer.latencyMs === null ? '' : `, ${Math.round(peer.latencyMs)} ms`;
  const score = peer.score > 0 ? `, misbehaviour ${peer.score}` : '';
  const direction = t(peer.outbound ? 'peers.dialled' : 'peers.dialledUs');
  const link = t(`peers.link.${peer.link}`);
  return ` ${t('peers.state', { direction, link, height: peer.height ?? '?', work: peer.work, latency, score })}`;
}

/** Why a link ended, in the page's language. */
function linkEndText(end: LinkEnd): string {
  const { code, ...values } = end;
  return t(`link-end.${code}`, values);
}

/** How a sync with a peer ended, in the page's language. */
function syncEndText(end: SyncEnd): string {
  const { code, ...values } = end;
  return t(`sync.${code}`, values);
}

function eventText(event: LoggedNetworkEvent): string {
  switch (event.type) {
    case 'banned':
      return t('event.banned', { peer: event.peerId, fault: event.fault, detail: event.detail });
    case 'misbehaviour':
      return t('event.misbehaviour', { peer: event.peerId, fault: event.fault, detail: event.detail });
    case 'disconnected':
      return t('event.disconnected', { peer: event.peerId, reason: linkEndText(event.reason) });
    case 'sync':
      return t('event.sync', { peer: event.peerId, added: event.added, outcome: syncEndText(event.outcome) });
    case 'signalling':
      return t('event.signalling', { state: event.state, detail: event.detail });
  }
}

/**
 * Draws the invite link as a QR code a phone camera opens directly. The encoder (~7 kB gzip) is its own chunk, loaded
 * when the first code is drawn: the node's first screen does not wait for it.
 */
function drawQr(canvas: HTMLCanvasElement, url: string): void {
  if (canvas.dataset.url === url) return;
  canvas.dataset.url = url;
  // Margin 4 is the quiet zone scanners need; dark on white whatever the theme, as scanners expect.
  import('qrcode')
    .then(({ toCanvas }) =>
      toCanvas(canvas, url, { margin: 4, scale: 5, color: { dark: '#000000', light: '#ffffff' } }),
    )
    .then(
      // Marked once drawn, so a reader (a test, a screenshot) can tell a drawn code from an empty canvas.
      () => canvas.dataset.url === url && canvas.setAttribute('data-drawn', url),
      () => {
        canvas.hidden = true;
      },
    );
}

/** `history`: the network's events since the page opened, kept while this view's code had not loaded. */
export function mountNetworkView(node: FullNode, doc: Document, history: EventHistory<LoggedNetworkEvent>): Unbind {
  const $ = <T extends HTMLElement>(id: string, type: new () => T) => byId(doc, id, type);
  const section = $('peers', HTMLElement);
  const form = $('peer-form', HTMLFormElement);
  const input = $('peer-id', HTMLInputElement);
  const error = $('peer-error', HTMLElement);
  const list = $('peer-list', HTMLElement);
  const ownId = $('own-peer-id', HTMLElement);
  const invite = $('invite-link', HTMLAnchorElement);
  const qr = $('invite-qr', HTMLCanvasElement);
  const online = $('online', HTMLInputElement);
  const events = $('network-events', HTMLElement);
  section.hidden = false;

  const render = () => {
    const snapshot = node.snapshot();
    if (snapshot.peerId === null || snapshot.inviteUrl === null) {
      setText(ownId, t('peers.none'));
      online.disabled = true;
      qr.hidden = true;
      syncList(
        list,
        snapshot.registeredPeers,
        (id) => id,
        (id) => h('li', {}, h('code', {}, id), ` ${t('peers.registered')}`),
      );
      return;
    }
    setText(ownId, snapshot.peerId);
    invite.href = snapshot.inviteUrl;
    setText(invite, snapshot.inviteUrl);
    drawQr(qr, snapshot.inviteUrl);
    online.checked = snapshot.online;
    syncList(list, peerRows(snapshot), rowKey, peerLine, (line, row) => {
      if (row.kind === 'link') line.className = `peer-link-${row.peer.link}`;
      const state = line.querySelector('.peer-state');
      if (state instanceof HTMLElement) setText(state, rowState(row));
    });
  };

  const eventLine = ({ time, event }: Recorded<LoggedNetworkEvent>) =>
    h('li', {}, `${new Date(time).toLocaleTimeString()} ${eventText(event)}`);
  events.replaceChildren(...history.entries().map(eventLine));

  const redraw = redrawScheduler(render, BURST_REDRAW_MS, section);
  const unbinds: Unbind[] = [
    bind<SubmitEvent>(form, 'submit', async (event) => {
      event.preventDefault();
      setFieldError(error, input, '');
      const registered = await node.registerNodes([input.value.trim()]);
      if (registered.ok) input.value = '';
      else setFieldError(error, input, failureText(registered.failure));
      render();
    }),
    bind(online, 'change', () => {
      node.setOnline(online.checked);
      render();
    }),
    history.subscribe((entry) => {
      events.prepend(eventLine(entry));
      while (events.children.length > history.entries().length) events.lastElementChild?.remove();
    }),
    node.subscribe((event) => {
      // Peers' heights arrive with their status messages, which only the node's block events follow.
      if (event.type !== 'traffic' && event.type !== 'mining-progress') redraw.schedule();
    }),
    redraw.cancel,
  ];
  render();
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
