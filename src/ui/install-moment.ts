// When a page registers its service worker. The first install downloads every chunk and every language into the
// cache (about 100 files): measured in a 10,000-block sync of a new tab on a 2-core machine, the service worker's
// thread was busy a third of the sync, beside the page and the signature worker. A late joiner's first visit is
// exactly then, so a page that no service worker controls yet installs once it is not behind any peer: its first
// sync ended, or no ready peer claims more work than its chain. A returning page (already controlled) registers at
// once: that only checks for an update.
import type { FullNode } from '../node/index.ts';

/** The first look at the peers, after the node is up: an invite's link usually opens within it. */
export const FIRST_LOOK_MS = 3_000;
/** Looks after it, this far apart. */
export const LOOK_EVERY_MS = 1_000;
/** However long a sync runs, offline use comes by then. */
export const INSTALL_AT_LATEST_MS = 30_000;

/** True when some ready peer claims a chain with more work than ours: a sync is running or due. */
export function behindAPeer(node: Pick<FullNode, 'snapshot'>): boolean {
  const { tip, peers } = node.snapshot();
  const ours = BigInt(tip.work);
  return peers.some((peer) => peer.ready && BigInt(peer.work) > ours);
}

/**
 * Resolves when the page should register its service worker: at once when `controlled` or without a node (a page
 * that failed to start), else at the node's first ended sync, or at the first look that finds it behind no peer.
 */
export function installMoment(
  node: Pick<FullNode, 'snapshot' | 'subscribe'> | null,
  controlled: boolean,
): Promise<void> {
  if (controlled || node === null) return Promise.resolve();
  return new Promise((resolve) => {
    let look: ReturnType<typeof setTimeout> | undefined;
    let looksLeft = Math.floor((INSTALL_AT_LATEST_MS - FIRST_LOOK_MS) / LOOK_EVERY_MS);
    const done = () => {
      clearTimeout(look);
      unsubscribe();
      resolve();
    };
    const unsubscribe = node.subscribe((event) => {
      if (event.type === 'sync') done();
    });
    const lookIn = (ms: number) => {
      look = setTimeout(() => {
        if (!behindAPeer(node) || looksLeft-- === 0) done();
        else lookIn(LOOK_EVERY_MS);
      }, ms);
    };
    lookIn(FIRST_LOOK_MS);
  });
}
