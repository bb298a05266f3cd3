// One IoT device of this node as a card: its name and address, rename and delete, a reading posted by hand, and
// automatic readings from a simulated sensor or the phone's own sensors. Every refusal is worded under its field,
// and the field keeps what was typed.
import { parseReading } from '../core/readings.ts';
import type { FullNode, IotDevice, IotDevices } from '../node/index.ts';
import { bind, h, setFieldError, setText, type Unbind } from './dom.ts';
import type { IotKey } from './i18n/sections/iot/en.ts';
import { iotTexts as texts } from './i18n/sections/iot/index.ts';
import { AutoPoster, type AutoStatus } from './iot-auto.ts';
import { parseSimulatorConfig, type SimulatorField } from './iot-model.ts';
import { openPhoneSource, PHONE_SOURCES, type PhoneSource, phoneSourceAvailable } from './iot-phone-sensors.ts';
import { iotProblemText, readingProblemText } from './iot-words.ts';

export type DeviceCard = {
  readonly element: HTMLElement;
  /** The device as last shown. */
  device(): IotDevice;
  update(device: IotDevice): void;
  destroy(): void;
};

let cards = 0;

type Source = 'simulated' | PhoneSource;

function field(id: string, key: IotKey, input: HTMLElement, error?: HTMLElement): HTMLElement {
  return h('div', { class: 'iot-field' }, h('label', { for: id, 'data-i18n': key }), input, ...(error ? [error] : []));
}

function errorLine(id: string): HTMLElement {
  return h('p', { id, class: 'field-error', hidden: '' });
}

function input(id: string, attributes: Record<string, string> = {}): HTMLInputElement {
  return h('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false', ...attributes });
}

export function deviceCard(node: FullNode, devices: IotDevices, device: IotDevice): DeviceCard {
  const n = ++cards;
  const id = (part: string) => `iot-${n}-${part}`;
  let current = device;
  const el = {
    title: h('h4', { class: 'iot-device-name' }),
    address: h('code', { class: 'iot-hex' }),
    renameName: input(id('rename'), { 'aria-describedby': id('rename-error') }),
    renameError: errorLine(id('rename-error')),
    remove: h('button', { type: 'button', class: 'iot-delete', 'data-i18n': 'iot.delete' }),
    reading: input(id('reading'), { placeholder: 'temp=21.5;door=open', 'aria-describedby': id('reading-error') }),
    readingError: errorLine(id('reading-error')),
    readingStatus: h('p', { role: 'status', class: 'iot-status' }),
    source: h('select', { id: id('source') }),
    simBox: h('div', { class: 'iot-sim' }),
    simKey: input(id('sim-key'), { value: 'temp', 'aria-describedby': id('sim-key-error') }),
    simKeyError: errorLine(id('sim-key-error')),
    simMin: input(id('sim-min'), { value: '18', inputmode: 'decimal', 'aria-describedby': id('sim-min-error') }),
    simMinError: errorLine(id('sim-min-error')),
    simMax: input(id('sim-max'), { value: '24', inputmode: 'decimal', 'aria-describedby': id('sim-max-error') }),
    simMaxError: errorLine(id('sim-max-error')),
    period: input(id('period'), { value: '10', inputmode: 'numeric', 'aria-describedby': id('period-error') }),
    periodError: errorLine(id('period-error')),
    toggle: h('button', { type: 'button', class: 'iot-toggle', 'aria-pressed': 'false' }),
    autoStatus: h('p', { role: 'status', class: 'iot-status' }),
  };
  for (const source of ['simulated', ...PHONE_SOURCES] as const) {
    el.source.append(h('option', { value: source }, texts.t(`iot.source.${source}`)));
  }
  el.simBox.append(
    field(id('sim-key'), 'iot.simKey', el.simKey, el.simKeyError),
    field(id('sim-min'), 'iot.simMin', el.simMin, el.simMinError),
    field(id('sim-max'), 'iot.simMax', el.simMax, el.simMaxError),
  );
  const renameForm = h(
    'form',
    { class: 'iot-row', novalidate: '' },
    field(id('rename'), 'iot.renameLabel', el.renameName, el.renameError),
    h('button', { type: 'submit', 'data-i18n': 'iot.rename' }),
    el.remove,
  );
  const postForm = h(
    'form',
    { class: 'iot-row', novalidate: '' },
    field(id('reading'), 'iot.readingLabel', el.reading, el.readingError),
    h('button', { type: 'submit', 'data-i18n': 'iot.post' }),
  );
  const auto = h(
    'fieldset',
    { class: 'iot-auto' },
    h('legend', { 'data-i18n': 'iot.autoTitle' }),
    field(id('source'), 'iot.source', el.source),
    el.simBox,
    field(id('period'), 'iot.period', el.period, el.periodError),
    el.toggle,
    el.autoStatus,
  );
  const element = h(
    'li',
    { class: 'iot-device' },
    el.title,
    h('p', { class: 'hint' }, h('span', { 'data-i18n': 'iot.address' }), ': ', el.address),
    renameForm,
    el.readingStatus,
    postForm,
    auto,
  );
  texts.translate(element);

  const sourceName = () => texts.t(`iot.source.${el.source.value as Source}`);
  const showToggle = (running: boolean) => {
    setText(el.toggle, texts.t(running ? 'iot.stop' : 'iot.start'));
    el.toggle.setAttribute('aria-pressed', String(running));
    el.source.disabled = running;
  };
  const showAuto = (status: AutoStatus) => {
    const { count } = status;
    switch (status.state) {
      case 'running':
        setText(
          el.autoStatus,
          status.last === null
            ? texts.t('iot.started', { seconds: el.period.value.trim() })
            : texts.t('iot.running', { count, reading: status.last }),
        );
        break;
      case 'refused':
        setText(el.autoStatus, texts.t('iot.postFailed', { reason: iotProblemText(status.problem) }));
        break;
      case 'waiting':
        setText(el.autoStatus, texts.t('iot.waiting'));
        break;
      case 'stopped':
        setText(el.autoStatus, texts.t('iot.stopped', { count }));
        break;
      case 'limit':
        setText(el.autoStatus, texts.t('iot.limitReached', { max: count }));
        break;
    }
    showToggle(poster.running);
  };
  const poster = new AutoPoster({
    post: (fields) => devices.postReading(current.address, fields),
    onStatus: showAuto,
  });

  const simErrors: Record<SimulatorField, [HTMLElement, HTMLInputElement]> = {
    key: [el.simKeyError, el.simKey],
    min: [el.simMinError, el.simMin],
    max: [el.simMaxError, el.simMax],
    period: [el.periodError, el.period],
  };
  const clearSimErrors = () => {
    for (const [message, input] of Object.values(simErrors)) setFieldError(message, input, '');
  };
  const start = async () => {
    clearSimErrors();
    const source = el.source.value as Source;
    const parsed = parseSimulatorConfig({
      key: el.simKey.value,
      min: el.simMin.value,
      max: el.simMax.value,
      period: el.period.value,
    });
    // The phone's sensors need only a period; the simulator's own fields are checked when it is the source.
    if (!parsed.ok && (source === 'simulated' || parsed.problem.field === 'period')) {
      const { field: wrong, code, ...values } = parsed.problem;
      const [message, input] = simErrors[wrong];
      setFieldError(message, input, texts.t(`iot.sim.${code}`, values));
      input.focus();
      return;
    }
    const period = Number(el.period.value.trim());
    if (source === 'simulated') {
      if (parsed.ok) poster.start({ kind: 'simulated', config: parsed.config }, period);
      return;
    }
    // Asked from this tap: iOS shows its permission prompt only inside a user gesture.
    const opened = await openPhoneSource(source);
    if (!opened.ok) {
      setText(el.autoStatus, texts.t(`iot.phone.${opened.problem}`, { source: sourceName() }));
      return;
    }
    poster.start({ kind: 'phone', source: opened.source }, period);
  };
  const showSource = () => {
    const source = el.source.value as Source;
    el.simBox.hidden = source !== 'simulated';
    const missing = source !== 'simulated' && !phoneSourceAvailable(source);
    setText(el.autoStatus, missing ? texts.t('iot.phone.unavailable', { source: sourceName() }) : '');
  };

  let confirmDelete = false;
  const unbinds: Unbind[] = [
    bind(renameForm, 'submit', async (event) => {
      event.preventDefault();
      const renamed = await devices.rename(current.address, el.renameName.value);
      setFieldError(el.renameError, el.renameName, renamed.ok ? '' : iotProblemText(renamed.problem));
    }),
    bind(el.remove, 'click', async () => {
      if (!confirmDelete) {
        confirmDelete = true;
        setText(el.remove, texts.t('iot.deleteConfirm'));
        return;
      }
      poster.stop(false);
      const removed = await devices.remove(current.address);
      if (!removed.ok) setFieldError(el.renameError, null, iotProblemText(removed.problem));
    }),
    bind(el.remove, 'blur', () => {
      confirmDelete = false;
      setText(el.remove, texts.t('iot.delete'));
    }),
    bind(postForm, 'submit', async (event) => {
      event.preventDefault();
      const text = el.reading.value;
      // Checked here first, so the error names the field and the field keeps the text.
      const parsed = parseReading(text, node.params.maxInfoBytes);
      if (!parsed.ok) {
        setFieldError(el.readingError, el.reading, readingProblemText(parsed.problem));
        setText(el.readingStatus, '');
        return;
      }
      const posted = await devices.postReading(current.address, text);
      if (!posted.ok) {
        setFieldError(el.readingError, el.reading, iotProblemText(posted.problem));
        return;
      }
      setFieldError(el.readingError, el.reading, '');
      setText(el.readingStatus, texts.t('iot.posted', { reading: posted.value.transaction.info }));
    }),
    bind(el.source, 'change', showSource),
    bind(el.toggle, 'click', () => {
      if (poster.running) poster.stop();
      else void start();
    }),
  ];

  const update = (next: IotDevice) => {
    current = next;
    setText(el.title, next.name);
    setText(el.address, next.address);
    if (document.activeElement !== el.renameName) el.renameName.value = next.name;
  };
  update(device);
  showToggle(false);
  return {
    element,
    device: () => current,
    update,
    destroy() {
      poster.stop(false);
      for (const unbind of unbinds) unbind();
    },
  };
}
