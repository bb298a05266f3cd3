// "Nodes on this device": every node this browser keeps for the network, to resume one in this tab or delete it.
import {
  browserIdentityEnvironment,
  browserLocks,
  deleteNode,
  isNodeRunning,
  type NodeEntry,
  type NodeRegistry,
  rememberSessionNode,
} from '../storage/index.ts';
import { bind, byId, errorMessage, h, setFieldError, shortHash, type Unbind } from './dom.ts';
import { t } from './i18n/index.ts';
import { storageErrorText } from './node-notices.ts';

type DevicesContext = {
  readonly registry: NodeRegistry;
  readonly network: string;
  readonly currentNodeId: string;
};

async function entryItem(entry: NodeEntry, context: DevicesContext, refresh: () => void): Promise<HTMLLIElement> {
  const isCurrent = entry.nodeId === context.currentNodeId;
  const running = isCurrent ? true : await isNodeRunning(browserLocks(), context.network, entry.nodeId);
  const state = isCurrent
    ? t('devices.thisTab')
    : running === true
      ? t('devices.otherTab')
      : running === null
        ? ''
        : t('devices.notRunning');
  const error = h('p', { class: 'field-error', role: 'alert', hidden: '' });
  const resume = h('button', { type: 'button' }, t('devices.resume'));
  const remove = h('button', { type: 'button' }, t('devices.delete'));
  resume.disabled = isCurrent || running === true;
  remove.disabled = isCurrent || running === true;
  bind(resume, 'click', () => {
    // The next load of this tab claims the chosen node (and its lock) instead of this one.
    rememberSessionNode(browserIdentityEnvironment().session, context.network, entry.nodeId);
    window.location.reload();
  });
  bind(remove, 'click', async () => {
    if (!window.confirm(t('devices.confirm', { id: entry.nodeId }))) return;
    const outcome = await deleteNode({ ...context, nodeId: entry.nodeId, locks: browserLocks() });
    if (outcome.ok) refresh();
    else setFieldError(error, null, storageErrorText(outcome.error));
  });
  const details = t('devices.entry', {
    state: state ? `(${state})` : '',
    address: entry.address ? shortHash(entry.address) : '—',
    time: new Date(entry.lastSeenAt).toLocaleString(),
  });
  return h('li', {}, h('code', {}, entry.nodeId), ` ${details} `, resume, ' ', remove, error);
}

/** Lists the network's nodes on this device; the list is read again after each deletion. */
export function mountDevicesView(context: DevicesContext, doc: Document): Unbind {
  const section = byId(doc, 'devices', HTMLElement);
  const list = byId(doc, 'device-list', HTMLElement);
  section.hidden = false;
  let generation = 0;
  const refresh = async () => {
    const mine = ++generation;
    try {
      const entries = await context.registry.list(context.network);
      const items = await Promise.all(entries.map((entry) => entryItem(entry, context, refresh)));
      if (mine === generation) list.replaceChildren(...items);
    } catch (error) {
      list.replaceChildren(h('li', { class: 'field-error' }, t('devices.error', { error: errorMessage(error) })));
    }
  };
  void refresh();
  const unbindFocus = bind(window, 'focus', () => void refresh());
  return () => {
    generation++;
    unbindFocus();
  };
}
