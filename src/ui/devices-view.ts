// "Nodes on this device": every node this browser keeps for the network, to resume one in this tab or delete it.
import type { DeviceNode, DeviceNodes } from '../node/index.ts';
import { bind, byId, h, setFieldError, shortHash, type Unbind } from './dom.ts';
import { t } from './i18n/index.ts';
import { errorText, storageErrorText } from './node-notices.ts';

function stateText(entry: DeviceNode): string {
  switch (entry.state) {
    case 'this-tab':
      return t('devices.thisTab');
    case 'other-tab':
      return t('devices.otherTab');
    case 'not-running':
      return t('devices.notRunning');
    case 'unknown':
      return '';
  }
}

function entryItem(entry: DeviceNode, devices: DeviceNodes, refresh: () => void): HTMLLIElement {
  const state = stateText(entry);
  const error = h('p', { class: 'field-error', role: 'alert', hidden: '' });
  const resume = h('button', { type: 'button' }, t('devices.resume'));
  const remove = h('button', { type: 'button' }, t('devices.delete'));
  const inUse = entry.state === 'this-tab' || entry.state === 'other-tab';
  // A lost node would only be found lost again: its backup brings it back (Backup, under Chain files).
  resume.disabled = inUse || entry.lost;
  remove.disabled = inUse;
  bind(resume, 'click', () => {
    // The next load of this tab claims the chosen node (and its lock) instead of this one.
    devices.resumeOnReload(entry.nodeId);
    window.location.reload();
  });
  bind(remove, 'click', async () => {
    if (!window.confirm(t('devices.confirm', { id: entry.nodeId }))) return;
    const outcome = await devices.remove(entry.nodeId);
    if (outcome.ok) refresh();
    else setFieldError(error, null, storageErrorText(outcome.error));
  });
  const details = t('devices.entry', {
    state: entry.lost ? `(${t('devices.lost')})` : state ? `(${state})` : '',
    address: entry.address ? shortHash(entry.address) : '—',
    time: new Date(entry.lastSeenAt).toLocaleString(),
  });
  return h('li', {}, h('code', {}, entry.nodeId), ` ${details} `, resume, ' ', remove, error);
}

/** Lists the network's nodes on this device; the list is read again after each deletion. */
export function mountDevicesView(devices: DeviceNodes, doc: Document): Unbind {
  const section = byId(doc, 'devices', HTMLElement);
  const list = byId(doc, 'device-list', HTMLElement);
  section.hidden = false;
  let generation = 0;
  const refresh = async () => {
    const mine = ++generation;
    try {
      const entries = await devices.list();
      if (mine === generation) list.replaceChildren(...entries.map((entry) => entryItem(entry, devices, refresh)));
    } catch (error) {
      list.replaceChildren(h('li', { class: 'field-error' }, t('devices.error', { error: errorText(error) })));
    }
  };
  void refresh();
  const unbindFocus = bind(window, 'focus', () => void refresh());
  return () => {
    generation++;
    unbindFocus();
  };
}
