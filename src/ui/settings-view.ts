// Settings: the signalling server and ICE servers this page uses. They live in the URL (?signal=, ?ice=), so an
// invite link carries them and a reload applies them; the form checks them with the network's own parsers first.
import { type FullNode, parseIce, parseSignalUrl, type SignallingConfig } from '../node/index.ts';
import { bind, byId, setFieldError, setText, type Unbind } from './dom.ts';
import { t } from './i18n/index.ts';
import { settingsProblemText } from './node-notices.ts';

function currentSignalling(signalling: SignallingConfig | null): string {
  const server = signalling?.server;
  const where = server ? `${server.secure ? 'https' : 'http'}://${server.host}:${server.port}${server.path}` : '';
  return t('settings.current', { source: signalling?.source ?? t('settings.none'), server: where });
}

export function mountSettingsView(node: FullNode, doc: Document): Unbind {
  const $ = <T extends HTMLElement>(id: string, type: new () => T) => byId(doc, id, type);
  const form = $('settings-form', HTMLFormElement);
  const signal = $('settings-signal', HTMLInputElement);
  const ice = $('settings-ice', HTMLInputElement);
  const signalError = $('settings-signal-error', HTMLElement);
  const iceError = $('settings-ice-error', HTMLElement);
  $('settings', HTMLElement).hidden = false;
  setText($('settings-current', HTMLElement), currentSignalling(node.snapshot().signalling));
  const query = new URLSearchParams(window.location.search);
  signal.value = query.get('signal') ?? '';
  ice.value = query.get('ice') ?? '';

  const reloadWith = (values: { signal: string; ice: string }) => {
    const url = new URL(window.location.href);
    for (const [name, value] of Object.entries(values)) {
      if (value === '') url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    window.location.assign(url);
  };
  const unbinds = [
    bind<SubmitEvent>(form, 'submit', (event) => {
      event.preventDefault();
      const values = { signal: signal.value.trim(), ice: ice.value.trim() };
      const signalCheck = values.signal === '' ? null : parseSignalUrl(values.signal);
      const iceCheck = values.ice === '' ? null : parseIce(values.ice);
      setFieldError(signalError, signal, signalCheck && !signalCheck.ok ? settingsProblemText(signalCheck.error) : '');
      setFieldError(iceError, ice, iceCheck && !iceCheck.ok ? settingsProblemText(iceCheck.error) : '');
      if (signalCheck?.ok === false) signal.focus();
      else if (iceCheck?.ok === false) ice.focus();
      else reloadWith(values);
    }),
    bind($('settings-clear', HTMLButtonElement), 'click', () => reloadWith({ signal: '', ice: '' })),
  ];
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
