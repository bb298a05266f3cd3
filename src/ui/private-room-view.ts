// The node panel's role line and public key (loaded on demand): what this node may do in its room, miner or user,
// and the key a student copies for the teacher who lists a private room's miners (docs/chain-format.md, "Private
// rooms"). The Mine controls are disabled by the node panel itself (app.ts) from the snapshot's role.
import type { FullNode } from '../node/index.ts';
import { bind, byId, h, setText } from './dom.ts';
import { privateRoomTexts as texts } from './i18n/sections/private-room/index.ts';

/** The role in words: a private room's miner or user, or a public room's miner. */
export function roleText(node: FullNode): string {
  const { miners } = node.params;
  if (miners === undefined) return texts.t('role.public');
  return node.snapshot().role === 'miner' ? texts.t('role.miner', { count: miners.length }) : texts.t('role.user');
}

/** Selects the key's text, so a browser without clipboard access (plain http on a LAN address) copies by hand. */
function selectText(element: HTMLElement): void {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const selection = element.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function copyKey(key: string, shown: HTMLElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(key);
    setText(status, texts.t('role.copied'));
  } catch {
    selectText(shown);
    setText(status, texts.t('role.copyFailed'));
  }
}

export async function mountPrivateRoomView(node: FullNode, doc: Document): Promise<void> {
  await texts.load();
  const { publicKey, role } = node.snapshot();
  const key = h('code', { id: 'node-public-key' }, publicKey);
  const status = h('span', { id: 'node-key-status', role: 'status' });
  const copy = h('button', { type: 'button', id: 'copy-public-key' }, texts.t('role.copy'));
  bind(copy, 'click', () => void copyKey(publicKey, key, status));
  const line = h(
    'div',
    { id: 'node-role', class: 'node-role', 'data-role': role },
    h('p', {}, h('strong', {}, `${texts.t('role.label')}: `), roleText(node)),
    h('p', { class: 'node-key' }, `${texts.t('role.publicKey')}: `, key, ' ', copy, ' ', status),
  );
  byId(doc, 'mining-error', HTMLElement).after(line);
}
