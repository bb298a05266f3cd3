// Page entry: reads the network from the URL, shows its genesis, starts this tab's node and installs
// `window.blockchain` at once, so scripts and tests can `await blockchain.ready` from the first moment.
import './style.css';
import './views.css';
import { type BlockJson, blockToJson, createGenesisBlock, type NetworkParams } from '../core/index.ts';
import { startBrowserFullNode } from '../node/index.ts';
import { bindNoticeLine, mountNodeView, notice, withdrawNotice } from './app.ts';
import { mountChainFilesView } from './chain-files-view.ts';
import { mountChainView } from './chain-view.ts';
import { type ConsoleApi, createConsoleApi } from './console-api.ts';
import { mountDevicesView } from './devices-view.ts';
import { applyDisplaySettings, bindDisplayControls, startLanguage } from './display-settings.ts';
import { byId } from './dom.ts';
import { mountForkTreeView } from './fork-tree-view.ts';
import { findGenesisElements, type GenesisView, renderGenesis } from './genesis-view.ts';
import { mountHttpBridgeView } from './http-bridge-view.ts';
import { addTexts, loadLanguage, t, translatePage } from './i18n/index.ts';
import { panelsTexts } from './i18n/sections/panels/index.ts';
import { mountInspectorView } from './inspector-view.ts';
import { bindPageMenu } from './menu.ts';
import { mountNetworkView } from './network-view.ts';
import { errorText, nodeNoticeText, noticeKind, storageErrorText } from './node-notices.ts';
import { startPwa } from './pwa.ts';
import { mountRequestPanelView } from './request-panel-view.ts';
import { networkProblemText, parseNetwork } from './room.ts';
import { mountSettingsView } from './settings-view.ts';

declare global {
  interface Window {
    /** The genesis block as seed-compatible JSON, for the console and for browser tests. */
    blockchainGenesis?: BlockJson;
    /** This tab's node: the seed's endpoints as console calls (`blockchain.help()`). */
    blockchain?: ConsoleApi;
  }
}

function genesisView(params: NetworkParams): GenesisView {
  const block = createGenesisBlock(params);
  const json = blockToJson(block);
  window.blockchainGenesis = json;
  return {
    kind: 'genesis',
    room: params.name,
    hash: block.hash,
    index: block.index,
    timestamp: block.timestamp,
    difficulty: block.difficulty,
    json,
  };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Mounts a view loaded on demand; one that fails to load leaves the rest of the page working. */
function mountLater(view: string, load: () => Promise<unknown>): void {
  load().catch((error: unknown) => console.error(`${view} did not load`, error));
}

/** Resolves once the node and its views are up, or its start failed (then the page shows why). */
function start(): Promise<void> {
  performance.mark('node-start:module');
  // `?view=room`: the page shows the room view alone (a teacher's projector); the node runs as on any page.
  if (new URLSearchParams(window.location.search).get('view') === 'room')
    document.documentElement.dataset.view = 'room';
  const language = startLanguage(window.location, navigator.languages);
  // The one table this page speaks (its own chunk) arrives while the node starts: the node needs no words.
  const languageLoaded = loadLanguage(language);
  const room = parseNetwork(window.location.search);
  // An invalid room joins no network at all: nothing is computed, stored or connected for it.
  const started = room.ok
    ? startBrowserFullNode({
        params: room.params,
        location: window.location,
        onStorageError: (error) => notice(document, storageErrorText(error), 'warning'),
      })
    : languageLoaded.then(() => Promise.reject(new Error(networkProblemText(room.problem))));
  // At once, so scripts and tests can `await blockchain.ready` from the first moment.
  window.blockchain = createConsoleApi(started);
  return languageLoaded.then(() => {
    translatePage(document);
    applyDisplaySettings(document);
    // Regions that scroll on their own must take keyboard focus, or a keyboard cannot scroll them (WCAG 2.1.1).
    for (const region of document.querySelectorAll<HTMLElement>('.scroll-region')) region.tabIndex = 0;
    bindDisplayControls(document, language);
    bindPageMenu(document);
    bindNoticeLine(document);
    const elements = findGenesisElements(document);
    if (!room.ok) {
      renderGenesis({ kind: 'error', message: networkProblemText(room.problem) }, elements);
      return;
    }
    renderGenesis(genesisView(room.params), elements);
    return started.then(
      async (node) => {
        performance.mark('node-start:network');
        // The node is up and `blockchain.ready` resolves now; the views, whose first layout costs a fixed couple of
        // hundred milliseconds however long the chain is, are drawn in the next task instead of holding it back.
        await nextTask();
        for (const nodeNotice of node.notices) notice(document, nodeNoticeText(nodeNotice), noticeKind(nodeNotice));
        // "The blocks before the snapshot are being checked" holds until they are.
        const checking = node.notices.find((shown) => shown.code === 'history-checking');
        if (checking) void node.history.then(() => withdrawNotice(document, nodeNoticeText(checking)));
        node.subscribe((event) => event.type === 'notice' && notice(document, nodeNoticeText(event.notice), 'warning'));
        byId(document, 'section-nav', HTMLElement).hidden = false;
        mountNodeView(node, document);
        mountChainView(node, document);
        // The panels below the first screen speak from a chunk of their own, fetched once the first screen is drawn.
        addTexts(await panelsTexts.tables[language]());
        translatePage(document);
        mountChainFilesView(node, document);
        mountForkTreeView(node, document);
        mountRequestPanelView(node, document);
        mountNetworkView(node, document);
        mountHttpBridgeView(node, document);
        if (node.snapshot().peerId !== null) mountInspectorView(node, document);
        mountSettingsView(node, document);
        if (node.devices) mountDevicesView(node.devices, document);
        performance.mark('node-start:views');
        // Chunks of their own, fetched once the others are drawn: a first visit downloads and parses them after the
        // node is up, not before. The tamper demo is the heaviest view; the hash playground needs no node; the
        // first-visit guide decides itself whether to show.
        mountLater('the tamper demo', () => import('./tamper-view.ts').then((m) => m.mountTamperView(node, document)));
        mountLater('the hash playground', () =>
          import('./hash-playground-view.ts').then((m) => m.mountHashPlaygroundView(document)),
        );
        mountLater('block anatomy', () =>
          import('./block-anatomy-view.ts').then((m) => m.mountBlockAnatomyView(node, document)),
        );
        mountLater('the new-room form', () =>
          import('./room-create-view.ts').then((m) => m.mountRoomCreateView(node, document, parseNetwork)),
        );
        mountLater('the room view', () => import('./room-view.ts').then((m) => m.mountRoomView(node, document)));
        mountLater('the 51% attack', () => import('./attack-view.ts').then((m) => m.mountAttackView(node, document)));
        mountLater('the keys view', () => import('./keys-view.ts').then((m) => m.mountKeysView(node, document)));
        mountLater('the IoT devices', () => import('./iot-view.ts').then((m) => m.mountIotView(node, document)));
        mountLater('mining step by step', () =>
          import('./mining-steps-view.ts').then((m) => m.mountMiningStepsView(node, document)),
        );
        mountLater('the role line', () =>
          import('./private-room-view.ts').then((m) => m.mountPrivateRoomView(node, document)),
        );
        mountLater('the first-visit guide', () =>
          import('./first-visit-guide.ts').then((m) => m.mountFirstVisitGuide(node, document)),
        );
      },
      (error: unknown) => {
        renderGenesis({ kind: 'error', message: t('notice.startFailed', { error: errorText(error) }) }, elements);
      },
    );
  });
}

const starting = start();
// Install and offline use; on plain http from a LAN address it says what is missing instead. Only once the node is
// up: registering (and update-checking) the service worker competes with the node's storage for the browser.
const startInstallable = () => startPwa(document, (message, action) => notice(document, message, 'info', action));
starting.then(startInstallable, startInstallable);
