// The IoT devices view (loaded on demand): this node's devices, each with its own key, posting readings by hand,
// from a simulated sensor or from the phone's sensors; and the records of every device in the room, charted over
// block height with their confirmations. The devices are read from the node's store when this view mounts.
import type { FullNode, IotDevice } from '../node/index.ts';
import { BURST_REDRAW_MS, bind, byId, h, redrawScheduler, setFieldError, setText, type Unbind } from './dom.ts';
import { iotTexts as texts } from './i18n/sections/iot/index.ts';
import { type DeviceCard, deviceCard } from './iot-device-card.ts';
import { renderRecords } from './iot-records-view.ts';
import { iotProblemText } from './iot-words.ts';
import './iot.css';

function build(section: HTMLElement) {
  const el = {
    createForm: h('form', { id: 'iot-create', class: 'iot-row', novalidate: '' }),
    newName: h('input', {
      id: 'iot-new-name',
      type: 'text',
      autocomplete: 'off',
      maxlength: '64',
      'aria-describedby': 'iot-create-error',
    }),
    createError: h('p', { id: 'iot-create-error', class: 'field-error', hidden: '' }),
    none: h('p', { id: 'iot-none', class: 'hint', 'data-i18n': 'iot.none' }),
    status: h('p', { id: 'iot-status', role: 'status' }),
    devices: h('ul', { id: 'iot-devices', class: 'iot-devices' }),
    recordsNone: h('p', { id: 'iot-records-none', class: 'hint', 'data-i18n': 'iot.recordsNone' }),
    records: h('div', { id: 'iot-records' }),
  };
  el.createForm.append(
    h(
      'div',
      { class: 'iot-field' },
      h('label', { for: 'iot-new-name', 'data-i18n': 'iot.newName' }),
      el.newName,
      el.createError,
    ),
    h('button', { type: 'submit', 'data-i18n': 'iot.create' }),
  );
  section.append(
    h('p', { class: 'hint', 'data-i18n': 'iot.intro' }),
    h('h3', { 'data-i18n': 'iot.yoursTitle' }),
    el.createForm,
    el.none,
    el.status,
    el.devices,
    h('h3', { 'data-i18n': 'iot.recordsTitle' }),
    h('p', { class: 'hint', 'data-i18n': 'iot.recordsHint' }),
    el.recordsNone,
    el.records,
  );
  return el;
}

export async function mountIotView(node: FullNode, doc: Document): Promise<Unbind> {
  const section = byId(doc, 'iot', HTMLElement);
  const [devices] = await Promise.all([node.iotDevices(), texts.load()]);
  const el = build(section);
  texts.translate(section);
  const cards = new Map<string, DeviceCard>();
  let own = new Set<string>();

  const records = redrawScheduler(() => renderRecords(node, el.records, el.recordsNone, own), BURST_REDRAW_MS, section);
  const showDevices = (list: readonly IotDevice[]) => {
    own = new Set(list.map((device) => device.address));
    el.none.hidden = list.length > 0;
    for (const [address, card] of cards) {
      if (own.has(address)) continue;
      setText(el.status, texts.t('iot.deleted', { name: card.device().name }));
      card.destroy();
      card.element.remove();
      cards.delete(address);
    }
    for (const device of list) {
      let card = cards.get(device.address);
      if (!card) {
        card = deviceCard(node, devices, device);
        cards.set(device.address, card);
      }
      card.update(device);
      el.devices.append(card.element);
    }
    records.schedule();
  };

  const unbinds: Unbind[] = [
    bind(el.createForm, 'submit', async (event) => {
      event.preventDefault();
      const created = await devices.create(el.newName.value);
      setFieldError(el.createError, el.newName, created.ok ? '' : iotProblemText(created.problem));
      if (created.ok) el.newName.value = '';
    }),
    devices.subscribe(showDevices),
    node.subscribe((event) => {
      if (event.type === 'block' || event.type === 'mempool') records.schedule();
    }),
  ];
  try {
    showDevices(await devices.list());
  } catch (error) {
    // The store could not be read: said where devices are made, and the records of the room still show.
    setFieldError(el.createError, null, iotProblemText({ code: 'storage-failed', error }));
  }
  renderRecords(node, el.records, el.recordsNone, own);
  section.hidden = false;
  return () => {
    for (const unbind of unbinds) unbind();
    for (const card of cards.values()) card.destroy();
    records.cancel();
    section.hidden = true;
  };
}
