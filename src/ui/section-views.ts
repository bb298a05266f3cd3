// The views of the sections below the first screen, in page order, each with the code it loads when opened
// (open-on-demand.ts): a first visit downloads the node, its first screen and nothing of these until it goes there.
// Panels whose words are the panels' table (panel-texts.ts) load it with their code.
import type { FullNode } from '../node/index.ts';
import type { NetworkHistories } from './event-history.ts';
import type { OnDemandView } from './open-on-demand.ts';
import { translatePanel } from './panel-texts.ts';
import { parseNetwork } from './room.ts';

/** A panel that speaks the panels' table: its words and its code arrive together, then `load`'s mount runs. */
function panel(section: string, doc: Document, load: () => Promise<() => unknown>): OnDemandView {
  return {
    section,
    mount: async () => {
      const [mount] = await Promise.all([load(), translatePanel(doc.getElementById(section) ?? doc)]);
      return mount();
    },
  };
}

export function sectionViews(node: FullNode, doc: Document, histories: NetworkHistories): OnDemandView[] {
  const views: OnDemandView[] = [
    panel('chain-files', doc, () =>
      import('./chain-files-view.ts').then((m) => () => m.mountChainFilesView(node, doc)),
    ),
    panel('fork-tree', doc, () => import('./fork-tree-view.ts').then((m) => () => m.mountForkTreeView(node, doc))),
    { section: 'tamper', mount: () => import('./tamper-view.ts').then((m) => m.mountTamperView(node, doc)) },
    {
      section: 'hash-playground',
      mount: () => import('./hash-playground-view.ts').then((m) => m.mountHashPlaygroundView(doc)),
    },
    {
      section: 'mining-steps',
      mount: () => import('./mining-steps-view.ts').then((m) => m.mountMiningStepsView(node, doc)),
    },
    { section: 'keys', mount: () => import('./keys-view.ts').then((m) => m.mountKeysView(node, doc)) },
    { section: 'iot', mount: () => import('./iot-view.ts').then((m) => m.mountIotView(node, doc)) },
    {
      section: 'block-anatomy',
      // A chain card's link opens it on the card's block.
      mount: (opener) => import('./block-anatomy-view.ts').then((m) => m.mountBlockAnatomyView(node, doc, opener)),
    },
    {
      section: 'room-create',
      mount: () => import('./room-create-view.ts').then((m) => m.mountRoomCreateView(node, doc, parseNetwork)),
    },
    panel('requests', doc, () =>
      import('./request-panel-view.ts').then((m) => () => m.mountRequestPanelView(node, doc)),
    ),
    { section: 'room-view', mount: () => import('./room-view.ts').then((m) => m.mountRoomView(node, doc)) },
    { section: 'attack', mount: () => import('./attack-view.ts').then((m) => m.mountAttackView(node, doc)) },
    panel('peers', doc, () =>
      Promise.all([import('./network-view.ts'), import('./http-bridge-view.ts')]).then(([network, bridge]) => () => {
        network.mountNetworkView(node, doc, histories.events);
        bridge.mountHttpBridgeView(node, doc);
      }),
    ),
  ];
  if (node.snapshot().peerId !== null) {
    views.push(
      panel('inspector', doc, () =>
        import('./inspector-view.ts').then((m) => () => m.mountInspectorView(node, doc, histories.traffic)),
      ),
    );
  }
  views.push(
    panel('settings', doc, () => import('./settings-view.ts').then((m) => () => m.mountSettingsView(node, doc))),
  );
  const { devices } = node;
  if (devices !== null) {
    views.push(
      panel('devices', doc, () => import('./devices-view.ts').then((m) => () => m.mountDevicesView(devices, doc))),
    );
  }
  return views;
}
