// The peers panel: this node's peer id and invite link, the online switch (a partition a teacher can show),
// registering a node by id (the seed's /nodes/register), and the connected peers with their tips.
import type { BrowserNetwork } from '../net/browser-network.ts';
import type { PeerInfo } from '../net/network-events.ts';
import type { BlockchainNode } from '../node/node.ts';
import { bind, byId, errorMessage, h, setFieldError, setText, syncList, type Unbind } from './dom.ts';

function peerLine(peer: PeerInfo): HTMLLIElement {
  return h('li', {}, h('code', {}, peer.id), h('span', { class: 'peer-state' }));
}

function peerState(peer: PeerInfo): string {
  if (!peer.ready) return ' connecting…';
  const latency = peer.latencyMs === null ? '' : `, ${Math.round(peer.latencyMs)} ms`;
  const score = peer.score > 0 ? `, misbehaviour ${peer.score}` : '';
  return ` ${peer.outbound ? 'dialled' : 'dialled us'}, height ${peer.height ?? '?'}${latency}${score}`;
}

export function mountNetworkView(node: BlockchainNode, net: BrowserNetwork | null, doc: Document): Unbind {
  const $ = <T extends HTMLElement>(id: string, type: new () => T) => byId(doc, id, type);
  const section = $('peers', HTMLElement);
  const form = $('peer-form', HTMLFormElement);
  const input = $('peer-id', HTMLInputElement);
  const error = $('peer-error', HTMLElement);
  const list = $('peer-list', HTMLElement);
  const ownId = $('own-peer-id', HTMLElement);
  const invite = $('invite-link', HTMLAnchorElement);
  const online = $('online', HTMLInputElement);
  const events = $('network-events', HTMLElement);
  section.hidden = false;

  const render = () => {
    if (!net) {
      setText(ownId, 'no peer network');
      online.disabled = true;
      syncList(
        list,
        node.peers,
        (id) => id,
        (id) => h('li', {}, h('code', {}, id), ' registered'),
      );
      return;
    }
    setText(ownId, net.peerId);
    invite.href = net.inviteUrl;
    setText(invite, net.inviteUrl);
    online.checked = net.network.online;
    const peers = net.network.peerInfo();
    syncList(list, peers, (p) => p.id, peerLine);
    for (const [i, peer] of peers.entries()) {
      const state = list.children[i]?.querySelector('.peer-state');
      if (state instanceof HTMLElement) setText(state, peerState(peer));
    }
  };

  const log = (text: string) => {
    events.prepend(h('li', {}, `${new Date().toLocaleTimeString()} ${text}`));
    while (events.children.length > 20) events.lastElementChild?.remove();
  };

  const unbinds: Unbind[] = [
    bind<SubmitEvent>(form, 'submit', async (event) => {
      event.preventDefault();
      setFieldError(error, input, '');
      const id = input.value.trim();
      try {
        await node.registerNodes([id]);
        net?.network.connect(id);
        input.value = '';
      } catch (e) {
        setFieldError(error, input, errorMessage(e));
      }
      render();
    }),
    bind(online, 'change', () => {
      if (online.checked) net?.network.goOnline();
      else net?.network.goOffline();
      render();
    }),
  ];
  if (net) {
    unbinds.push(
      net.network.subscribe((event) => {
        if (event.type === 'banned') log(`banned ${event.peerId}: ${event.reason}`);
        if (event.type === 'misbehaviour') log(`${event.peerId} misbehaved (${event.fault}): ${event.detail}`);
        if (event.type === 'disconnected') log(`${event.peerId} left: ${event.reason}`);
        if (event.type === 'signalling') log(`signalling ${event.state}: ${event.detail}`);
        if (event.type !== 'traffic') render();
      }),
    );
  }
  render();
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
