// Page entry: reads the network from the URL, shows its genesis, starts this tab's node and installs
// `window.blockchain` at once, so scripts and tests can `await blockchain.ready` from the first moment.
import './style.css';
import './views.css';
import { type BlockJson, blockToJson, createGenesisBlock, type NetworkParams } from '../core/index.ts';
import { type FullNode, startBrowserFullNode } from '../node/index.ts';
import { bindNoticeLine, mountNodeView, notice, withdrawNotice } from './app.ts';
import { mountChainView } from './chain-view.ts';
import { type ConsoleApi, createConsoleApi } from './console-api.ts';
import { applyDisplaySettings, bindDisplayControls, startLanguage } from './display-settings.ts';
import { byId } from './dom.ts';
import { recordNetworkHistories } from './event-history.ts';
import { findGenesisElements, type GenesisView, renderGenesis } from './genesis-view.ts';
import { loadLanguage, t, translatePage } from './i18n/index.ts';
import { installMoment } from './install-moment.ts';
import { bindPageMenu } from './menu.ts';
import { errorText, nodeNoticeText, noticeKind, storageErrorText } from './node-notices.ts';
import { openOnDemand } from './open-on-demand.ts';
import { startPwa } from './pwa.ts';
import { networkProblemText, parseNetwork } from './room.ts';
import { sectionViews } from './section-views.ts';

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

/** Mounts a part of the first screen that comes in a chunk of its own; one that fails leaves the rest working. */
function mountLater(view: string, load: () => Promise<unknown>): void {
  load().catch((error: unknown) => console.error(`${view} did not load`, error));
}

/** Resolves with the node once it and its views are up, or with null when its start failed (the page shows why). */
function start(): Promise<FullNode | null> {
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
      return null;
    }
    renderGenesis(genesisView(room.params), elements);
    return started.then(
      async (node) => {
        performance.mark('node-start:network');
        // From the node's start: the network panel and the inspector, opened later, show what came before.
        const histories = recordNetworkHistories(node);
        // The node is up and `blockchain.ready` resolves now; the views, whose first layout costs a fixed couple of
        // hundred milliseconds however long the chain is, are drawn in the next task instead of holding it back.
        await nextTask();
        for (const nodeNotice of node.notices) notice(document, nodeNoticeText(nodeNotice), noticeKind(nodeNotice));
        // "The blocks before the snapshot are being checked" holds until they are.
        const checking = node.notices.find((shown) => shown.code === 'history-checking');
        if (checking) void node.history.then(() => withdrawNotice(document, nodeNoticeText(checking)));
        node.subscribe((event) => event.type === 'notice' && notice(document, nodeNoticeText(event.notice), 'warning'));
        byId(document, 'section-nav', HTMLElement).hidden = false;
        byId(document, 'room-new-link', HTMLAnchorElement).hidden = false;
        mountNodeView(node, document);
        mountChainView(node, document);
        // Every other section loads its code when it is opened: scrolled near, or named by a link or the URL's hash.
        const views = openOnDemand(document, sectionViews(node, document, histories));
        // A node whose data this device lost is named at once, with the restore it needs (the backup panel).
        if ((node.backups?.lost.length ?? 0) > 0) void views.open('chain-files');
        performance.mark('node-start:views');
        // The node panel's own parts, in chunks fetched once it is drawn, on every visit (scripts/check-size.mjs
        // counts them): the role line, and the first-visit guide, which decides itself whether to show.
        mountLater('the role line', () =>
          import('./private-room-view.ts').then((m) => m.mountPrivateRoomView(node, document)),
        );
        mountLater('the first-visit guide', () =>
          import('./first-visit-guide.ts').then((m) => m.mountFirstVisitGuide(node, document)),
        );
        return node;
      },
      (error: unknown) => {
        renderGenesis({ kind: 'error', message: t('notice.startFailed', { error: errorText(error) }) }, elements);
        return null;
      },
    );
  });
}

const starting = start();
// Install and offline use; on plain http from a LAN address it says what is missing instead. Only once the node is
// up: registering (and update-checking) the service worker competes with the node's storage for the browser; and on
// a first visit only once its first sync is over (install-moment.ts), when the install's downloads cost it nothing.
const startInstallable = () => startPwa(document, (message, action) => notice(document, message, 'info', action));
const controlled = navigator.serviceWorker?.controller != null;
starting.then((node) => installMoment(node, controlled)).then(startInstallable, startInstallable);
