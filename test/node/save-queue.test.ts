// The save queue against a disk whose commits the test settles by hand: random interleavings of admitted blocks,
// mempool changes, peers, commits, failures and flushes keep the order, drop nothing, never have more than one
// transaction in flight, and every save that starts brings the store fully up to date.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { type Block, Blockchain, type Transaction } from '../../src/core/index.ts';
import type { NodeSave } from '../../src/node/ports.ts';
import { SaveQueue } from '../../src/node/save-queue.ts';
import { alice, bob, extend, params, pay } from '../core/helpers.ts';

const BLOCKS = extend(new Blockchain(params), 40);
const TRANSACTIONS = Array.from({ length: 12 }, (_, i) => pay(alice, bob, 0, `reading ${i}`));

type Stored = { blocks: Block[]; tipHash: string | null; mempool: Map<string, Transaction>; peers: readonly string[] };

function emptyState(): Stored {
  return { blocks: [], tipHash: null, mempool: new Map(), peers: [] };
}

/** What a store holds after `save` on `state`: a copy, the way both real stores apply one. */
function applied(state: Stored, save: NodeSave): Stored {
  const mempool = new Map(state.mempool);
  for (const txid of save.mempoolRemoved ?? []) mempool.delete(txid);
  for (const tx of save.mempoolAdded ?? []) mempool.set(tx.txid, tx);
  return {
    blocks: [...state.blocks, ...(save.blocks ?? [])],
    tipHash: save.tipHash ?? state.tipHash,
    mempool,
    peers: save.peers ?? state.peers,
  };
}

function comparable(state: Stored) {
  return {
    blocks: state.blocks.map((block) => block.hash),
    tipHash: state.tipHash,
    mempool: [...state.mempool.keys()].sort(),
    peers: state.peers,
  };
}

/** A disk whose writes stay in flight until the test commits or fails them. */
class Disk {
  committed = emptyState();
  readonly inFlight: Array<{ save: NodeSave; settle: (error: Error | null) => void }> = [];
  /** Blocks of every write that settled, committed or failed: what a waiter may have been told about. */
  readonly settledBlocks = new Set<Block>();
  maxInFlight = 0;
  onWriteStart: (save: NodeSave) => void = () => {};

  write(save: NodeSave): Promise<void> {
    this.onWriteStart(save);
    return new Promise((resolve, reject) => {
      this.inFlight.push({ save, settle: (error) => (error === null ? resolve() : reject(error)) });
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight.length);
    });
  }

  settle(ok: boolean): boolean {
    const write = this.inFlight.shift();
    if (write === undefined) return false;
    if (ok) this.committed = applied(this.committed, write.save);
    for (const block of write.save.blocks ?? []) this.settledBlocks.add(block);
    write.settle(ok ? null : new Error('disk full'));
    return true;
  }
}

type Op =
  | { readonly kind: 'blocks'; readonly count: number }
  | { readonly kind: 'tx'; readonly index: number }
  | { readonly kind: 'peers'; readonly ids: readonly string[] }
  | { readonly kind: 'commit' }
  | { readonly kind: 'fail' }
  | { readonly kind: 'flush' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('blocks' as const), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('tx' as const), index: fc.integer({ min: 0, max: TRANSACTIONS.length - 1 }) }),
  fc.record({ kind: fc.constant('peers' as const), ids: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }) }),
  fc.constant({ kind: 'commit' as const }),
  fc.constant({ kind: 'commit' as const }),
  fc.constant({ kind: 'fail' as const }),
  fc.constant({ kind: 'flush' as const }),
);

/** Lets every promise callback and microtask run: queued saves start, settled ones finish. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SaveQueue', () => {
  it('keeps order, drops nothing, is at most one transaction behind, and retries what failed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (ops) => {
        const disk = new Disk();
        const errors: unknown[] = [];
        const queue = new SaveQueue({ write: (save) => disk.write(save), onError: (error) => errors.push(error) });
        const model = emptyState();
        // Every save that starts carries everything not committed yet: the store is then up to date.
        disk.onWriteStart = (save) => expect(comparable(applied(disk.committed, save))).toEqual(comparable(model));
        const waiting: Array<Promise<void>> = [];
        let failures = 0;
        for (const step of ops) {
          if (step.kind === 'blocks') {
            const blocks = BLOCKS.slice(model.blocks.length, model.blocks.length + step.count);
            const tip = blocks.at(-1);
            if (tip === undefined) continue;
            model.blocks.push(...blocks);
            model.tipHash = tip.hash;
            const saved = queue.add({ blocks, tipHash: tip.hash });
            // Told only once a write carrying these blocks settled.
            waiting.push(saved.then(() => expect(blocks.every((b) => disk.settledBlocks.has(b))).toBe(true)));
          } else if (step.kind === 'tx') {
            const tx = TRANSACTIONS[step.index] as Transaction;
            const present = model.mempool.delete(tx.txid);
            if (!present) model.mempool.set(tx.txid, tx);
            waiting.push(
              queue.add({ mempool: present ? { added: [], removed: [tx.txid] } : { added: [tx], removed: [] } }),
            );
          } else if (step.kind === 'peers') {
            model.peers = step.ids;
            waiting.push(queue.add({ peers: step.ids }));
          } else if (step.kind === 'flush') {
            waiting.push(queue.flush());
          } else if (disk.settle(step.kind === 'commit') && step.kind === 'fail') {
            failures++;
          }
          await settle();
          expect(disk.inFlight.length).toBeLessThanOrEqual(1);
        }
        // The disk recovers: everything reaches it, in order (the save in flight, what failed, what gathered).
        for (let round = 0; round < 3; round++) {
          void queue.flush();
          await settle();
          disk.settle(true);
          await settle();
        }
        await Promise.all(waiting);
        expect(comparable(disk.committed)).toEqual(comparable(model));
        expect(disk.maxInFlight).toBeLessThanOrEqual(1);
        expect(errors).toHaveLength(failures);
      }),
      { numRuns: 150 },
    );
  });

  it('resolves each caller once the save carrying its changes settled, not after the saves behind it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (ops) => {
        const disk = new Disk();
        const queue = new SaveQueue({ write: (save) => disk.write(save), onError: () => {} });
        const callers: Array<{ readonly blocks: readonly Block[]; told: boolean }> = [];
        let saved = 0;
        for (const step of ops) {
          if (step.kind === 'blocks') {
            const blocks = BLOCKS.slice(saved, saved + step.count);
            const tip = blocks.at(-1);
            if (tip === undefined) continue;
            saved += blocks.length;
            const caller = { blocks, told: false };
            callers.push(caller);
            void queue.add({ blocks, tipHash: tip.hash }).then(() => {
              caller.told = true;
            });
          } else if (step.kind === 'tx') {
            void queue.add({ mempool: { added: [TRANSACTIONS[step.index] as Transaction], removed: [] } });
          } else if (step.kind === 'peers') {
            void queue.add({ peers: step.ids });
          } else if (step.kind === 'flush') {
            void queue.flush();
          } else {
            disk.settle(step.kind === 'commit');
          }
          await settle();
          // Whatever still gathers or is in flight behind it, a caller whose blocks a settled write carried knows.
          for (const caller of callers) {
            expect(caller.told).toBe(caller.blocks.every((block) => disk.settledBlocks.has(block)));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('cancels a transaction added and removed before its save, and merges what came during a save into one', async () => {
    const disk = new Disk();
    const queue = new SaveQueue({ write: (save) => disk.write(save), onError: () => {} });
    const [first, second, third] = TRANSACTIONS as [Transaction, Transaction, Transaction];
    void queue.add({ mempool: { added: [first], removed: [] } });
    await settle();
    expect(disk.inFlight.map((w) => w.save)).toEqual([{ mempoolAdded: [first] }]);
    // While the first save is in flight: 2 blocks, a transaction in and out again, another one in.
    void queue.add({ blocks: BLOCKS.slice(0, 1), tipHash: (BLOCKS[0] as Block).hash });
    void queue.add({ mempool: { added: [second], removed: [] } });
    void queue.add({ mempool: { added: [third], removed: [second.txid] } });
    void queue.add({ blocks: BLOCKS.slice(1, 2), tipHash: (BLOCKS[1] as Block).hash });
    await settle();
    expect(disk.inFlight).toHaveLength(1);
    disk.settle(true);
    await settle();
    expect(disk.inFlight.map((w) => w.save)).toEqual([
      { blocks: BLOCKS.slice(0, 2), tipHash: (BLOCKS[1] as Block).hash, mempoolAdded: [third] },
    ]);
  });

  it('with a gap, waits that long after a commit before the next save, which carries all that came meanwhile', async () => {
    vi.useFakeTimers();
    try {
      const disk = new Disk();
      const queue = new SaveQueue({ write: (save) => disk.write(save), onError: () => {}, gapMs: 4 });
      const tip = (i: number) => (BLOCKS[i] as Block).hash;
      // The first save after a quiet spell starts at once.
      void queue.add({ blocks: BLOCKS.slice(0, 1), tipHash: tip(0) });
      await vi.advanceTimersByTimeAsync(0);
      expect(disk.inFlight).toHaveLength(1);
      void queue.add({ blocks: BLOCKS.slice(1, 2), tipHash: tip(1) });
      disk.settle(true);
      await vi.advanceTimersByTimeAsync(3);
      // Committed 3 ms ago: the next save waits, gathering.
      expect(disk.inFlight).toHaveLength(0);
      void queue.add({ blocks: BLOCKS.slice(2, 3), tipHash: tip(2) });
      await vi.advanceTimersByTimeAsync(1);
      expect(disk.inFlight.map((w) => w.save)).toEqual([{ blocks: BLOCKS.slice(1, 3), tipHash: tip(2) }]);
      expect(queue.backlog()).toEqual({ blocks: 2, mempoolChanges: 0, saving: true });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a failed save for the next one, and tries it again on flush when nothing else comes', async () => {
    const disk = new Disk();
    const errors: unknown[] = [];
    const queue = new SaveQueue({ write: (save) => disk.write(save), onError: (error) => errors.push(error) });
    const [first] = TRANSACTIONS as [Transaction];
    let told = false;
    void queue.add({ blocks: BLOCKS.slice(0, 1), tipHash: (BLOCKS[0] as Block).hash }).then(() => {
      told = true;
    });
    await settle();
    disk.settle(false);
    await settle();
    expect(told).toBe(true);
    expect(errors).toHaveLength(1);
    // Nothing new: no retry loop against a failing disk.
    expect(disk.inFlight).toHaveLength(0);
    expect(queue.backlog()).toEqual({ blocks: 1, mempoolChanges: 0, saving: false });
    void queue.add({ mempool: { added: [first], removed: [] } });
    await settle();
    expect(disk.inFlight.map((w) => w.save)).toEqual([
      { blocks: BLOCKS.slice(0, 1), tipHash: (BLOCKS[0] as Block).hash, mempoolAdded: [first] },
    ]);
    disk.settle(false);
    await settle();
    const flushed = queue.flush();
    await settle();
    disk.settle(true);
    await flushed;
    expect(comparable(disk.committed).blocks).toEqual([(BLOCKS[0] as Block).hash]);
    expect(queue.backlog()).toEqual({ blocks: 0, mempoolChanges: 0, saving: false });
  });
});
