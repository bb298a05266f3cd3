// A node's miner at work: one template at a time on the tip (or, for the 51% lesson, on a branch of its own), each
// block found admitted like any other; mine() calls wait for a block each, auto-mining runs until stopped.
import {
  type Added,
  type Block,
  type Blockchain,
  createBlockTemplate,
  createBranchTemplate,
  type KeyPair,
  type Mempool,
  type NetworkParams,
  type Result,
  signHeader,
  type Transaction,
  withMinerSignature,
} from '../core/index.ts';
import type { NodeEvent } from './events.ts';
import { type CommandResult, FailureCode, failed, succeeded } from './failures.ts';
import type { MinerPort } from './ports.ts';

/** A block this node mined, and the save that carries it. */
export type Mined = { readonly block: Block; readonly saved: Promise<void> };

/**
 * Mining on purpose away from the tip: each block on `parent` (the last one found), the first one holding
 * `transactions`, every coinbase paying `minerAddress`. Kept until cleared, also once the branch leads.
 */
export type BranchPlan = {
  readonly parent: string;
  readonly transactions: readonly Transaction[];
  readonly minerAddress: string;
};

/** What the loop needs of its node. */
export type MiningHost = {
  readonly chain: Blockchain;
  readonly mempool: Mempool;
  readonly params: NetworkParams;
  readonly keys: KeyPair;
  readonly miner: MinerPort;
  now(): number;
  emit(event: NodeEvent): void;
  /** Admits a block this node found, as every block is, and returns the save that carries it. */
  admitMined(block: Block): { readonly result: Result<Added>; readonly saved: Promise<void> };
};

/**
 * How many of its own blocks a node may have found and not yet stored before it waits for the store: a node at a
 * lesson's low difficulty finds blocks faster than IndexedDB commits them (issue 12 measured 1,000–1,600 a second),
 * and without this bound the store fell hundreds of milliseconds behind, all of it lost in a crash.
 */
export const MAX_UNSAVED_MINED = 8;

export class MiningLoop {
  private autoMine = false;
  /** Saves of the blocks this loop found, oldest first, at most MAX_UNSAVED_MINED of them unsettled. */
  private readonly unsaved: Promise<void>[] = [];
  private waiters: Array<(mined: CommandResult<Mined>) => void> = [];
  private current: AbortController | null = null;
  private loop: Promise<void> | null = null;
  private branch: BranchPlan | null = null;
  private readonly stats = { templates: 0, restartsOnNewTip: 0, lastTemplateParent: '' };

  constructor(private readonly host: MiningHost) {}

  get active(): boolean {
    return this.loop !== null;
  }

  get auto(): boolean {
    return this.autoMine;
  }

  get branchPlan(): BranchPlan | null {
    return this.branch;
  }

  /** Resolves with the next block this node mines on the main chain once its save is queued. */
  mineOne(): Promise<CommandResult<Mined>> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.ensure();
    });
  }

  setAuto(on: boolean): void {
    this.autoMine = on;
    if (on) this.ensure();
    else if (this.waiters.length === 0) this.current?.abort();
    this.host.emit({ type: 'mining', active: on || this.waiters.length > 0, auto: on });
  }

  /** Stops auto-mining and any mineOne() in progress (those resolve with MiningStopped). */
  stop(): void {
    this.autoMine = false;
    this.failWaiters(failed(FailureCode.MiningStopped));
    this.current?.abort();
  }

  /** Mines the plan's branch from the next template on (the one under way is dropped), or the tip again (null). */
  setBranch(plan: BranchPlan | null): void {
    this.branch = plan;
    this.current?.abort();
  }

  /** The main chain moved under a template built on the old tip: start again on the new one. */
  tipMoved(): void {
    if (this.current === null || this.branch !== null) return;
    this.stats.restartsOnNewTip++;
    this.current.abort();
  }

  /** Templates mined on, how many a peer's block cut short, and the parent of the latest one. */
  statsNow(): { templates: number; restartsOnNewTip: number; lastTemplateParent: string } {
    return { ...this.stats };
  }

  private ensure(): void {
    if (this.loop) return;
    this.host.emit({ type: 'mining', active: true, auto: this.autoMine });
    this.loop = this.run().finally(() => {
      this.loop = null;
      // Asked again while the loop was unwinding (auto-mining back on, a mine() call): that ask found the old loop
      // and went no further, so it is answered here, or nobody would ever mine for it.
      if (this.autoMine || this.waiters.length > 0) this.ensure();
      else this.host.emit({ type: 'mining', active: false, auto: this.autoMine });
    });
  }

  private template(): Block {
    const { chain, mempool } = this.host;
    const now = this.host.now();
    const plan = this.branch;
    if (plan === null) return createBlockTemplate(chain, mempool, { minerAddress: this.host.keys.address, now });
    return createBranchTemplate(chain, plan.parent, plan.transactions, { minerAddress: plan.minerAddress, now });
  }

  private async run(): Promise<void> {
    const { host } = this;
    while (this.autoMine || this.waiters.length > 0) {
      const template = this.template();
      this.stats.templates++;
      this.stats.lastTemplateParent = template.previousHash;
      const controller = new AbortController();
      this.current = controller;
      let found: Block | null;
      try {
        found = await host.miner.mine(template, {
          signal: controller.signal,
          onProgress: (progress) => host.emit({ type: 'mining-progress', progress }),
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.failWaiters(failed(FailureCode.MiningFailed, null, { error: message }));
        this.autoMine = false;
        return;
      } finally {
        this.current = null;
      }
      if (found === null) continue;
      // A private room's block is signed by its miner once found: the signature covers the nonce too.
      if (host.params.miners) found = withMinerSignature(found, signHeader(found.header, host.keys, host.params.name));
      const plan = this.branch;
      const { result, saved } = host.admitMined(found);
      this.unsaved.push(saved);
      if (plan !== null && this.branch === plan) {
        // A branch carries on from the block just found (its transactions went into the first one); one the chain
        // refuses (a transaction invalid there) is given up, or every next template would be refused the same way.
        if (!result.ok) {
          this.branch = null;
          this.stop();
          return;
        }
        this.branch = { ...plan, parent: found.hash, transactions: [] };
      }
      // Each mine() call gets a block of its own, as each GET /mine did in the seed.
      if (result.ok && result.value.status === 'main') this.waiters.shift()?.(succeeded({ block: found, saved }));
      if (this.unsaved.length >= MAX_UNSAVED_MINED) await this.unsaved.shift();
    }
  }

  private failWaiters(failure: CommandResult<never>): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(failure);
  }
}
