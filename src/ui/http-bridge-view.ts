// "Allow HTTP requests": the switch that lets curl and Postman reach this node through the server that served the
// page (`npm start`), its state, and the node's HTTP address to copy, over the node's one controller (http-bridge.ts).
import type { FullNode } from '../node/index.ts';
import { bind, byId, setText, type Unbind } from './dom.ts';
import { type HttpBridgeStatus, httpBridgeFor } from './http-bridge.ts';
import { t } from './i18n/index.ts';

function statusText(status: HttpBridgeStatus): string {
  if (status.availability === 'unavailable') return t('bridge.unavailable');
  if (!status.allowed) return t(status.replaced ? 'bridge.state.replaced' : 'bridge.off');
  if (status.availability === 'probing') return t('bridge.probing');
  return t(`bridge.state.${status.connection ?? 'connecting'}`);
}

export function mountHttpBridgeView(node: FullNode, doc: Document): Unbind {
  const $ = <T extends HTMLElement>(id: string, type: new () => T) => byId(doc, id, type);
  const toggle = $('allow-http', HTMLInputElement);
  const state = $('http-bridge-state', HTMLElement);
  const address = $('http-bridge-address', HTMLElement);
  const url = $('http-base-url', HTMLElement);
  const copy = $('http-base-url-copy', HTMLButtonElement);
  const controller = httpBridgeFor(node);
  // The clipboard API exists in secure contexts only (not on a LAN page over plain http): then the address is
  // selected on click instead, for the phone's own copy menu.
  copy.hidden = navigator.clipboard === undefined;
  let copiedTimer: ReturnType<typeof setTimeout> | undefined;

  const render = () => {
    const status = controller.status();
    toggle.checked = status.allowed;
    toggle.disabled = status.availability === 'unavailable';
    setText(state, statusText(status));
    address.hidden = !status.allowed;
    setText(url, status.baseUrl);
  };
  const unbinds: Unbind[] = [
    bind(toggle, 'change', () => {
      try {
        controller.allow(toggle.checked);
      } catch {
        // The server has no bridge: render() shows why and unticks the switch.
      }
      render();
    }),
    bind(url, 'click', () => doc.getSelection()?.selectAllChildren(url)),
    bind(copy, 'click', () => {
      void navigator.clipboard.writeText(controller.status().baseUrl).then(() => {
        setText(copy, t('bridge.copied'));
        clearTimeout(copiedTimer);
        copiedTimer = setTimeout(() => setText(copy, t('bridge.copy')), 2_000);
      });
    }),
    controller.subscribe(render),
    () => clearTimeout(copiedTimer),
  ];
  render();
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
