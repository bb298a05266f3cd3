// What a run measures, as it happens: when each block reached each node, what each node sent (the network's own
// traffic events), and, read off the wire, how often each node sent each block and over which link.
import type { Block } from '../core/index.ts';
import { FRAME_HEADER_BYTES } from '../net/frames.ts';
import type { FullNodeEvent } from '../node/events.ts';
import { messageTypeOf, type SimLink } from './sim-transport.ts';
import type { VirtualClock } from './virtual-clock.ts';

export type BlockRecord = {
  readonly hash: string;
  /** Order of mining in the run, from 0. */
  readonly serial: number;
  readonly height: number;
  readonly miner: number;
  readonly minedAt: number;
  /** Virtual time each node first held the block; NaN while it has not. */
  readonly arrivals: Float64Array;
  /** `block` messages carrying it that each node sent. */
  readonly sends: Uint16Array;
};

export type Traffic = { messages: number; bytes: number };

const HASH_AFTER_PARENT = /"previous_hash":"[0-9a-f]{64}","hash":"([0-9a-f]{64})"/;
const textDecoder = new TextDecoder();

export class Metrics {
  readonly blocks = new Map<string, BlockRecord>();
  /** Per node, per message type, what it sent while `measuring`. */
  readonly sent: Array<Map<string, Traffic>>;
  measuring = false;
  /** The same block sent twice over one link: the relay's bound broken. */
  duplicateLinkSends = 0;
  /** `block` messages whose block could not be read from the first frame (never, for blocks under 16 KiB). */
  unattributedBlockSends = 0;
  private readonly indexOfPeer = new Map<string, number>();
  private readonly sentOnLink = new WeakMap<SimLink, Set<number>>();

  constructor(
    private readonly clock: VirtualClock,
    readonly nodeCount: number,
  ) {
    this.sent = Array.from({ length: nodeCount }, () => new Map());
  }

  register(peerId: string, index: number): void {
    this.indexOfPeer.set(peerId, index);
  }

  /** A node's event: its first sight of each block, and what it sent. */
  onNodeEvent(index: number, event: FullNodeEvent): void {
    if (event.type === 'block') this.sawBlock(index, event.block, event.source === 'local');
    else if (event.type === 'traffic' && event.direction === 'out' && this.measuring) {
      const byType = this.sent[index] as Map<string, Traffic>;
      const traffic = byType.get(event.messageType) ?? { messages: 0, bytes: 0 };
      traffic.messages++;
      traffic.bytes += event.bytes;
      byType.set(event.messageType, traffic);
    }
  }

  /** Every frame put on the wire: a block message's first frame names its block. */
  onFrame(link: SimLink, frame: Uint8Array): void {
    if (messageTypeOf(frame) !== 'block') return;
    const text = textDecoder.decode(frame.subarray(FRAME_HEADER_BYTES));
    const hash = HASH_AFTER_PARENT.exec(text)?.[1];
    const record = hash === undefined ? undefined : this.blocks.get(hash);
    const sender = this.indexOfPeer.get(link.owner.localId);
    if (hash === undefined || record === undefined || sender === undefined) {
      this.unattributedBlockSends++;
      return;
    }
    record.sends[sender] = (record.sends[sender] ?? 0) + 1;
    let onLink = this.sentOnLink.get(link);
    if (onLink === undefined) {
      onLink = new Set();
      this.sentOnLink.set(link, onLink);
    }
    if (onLink.has(record.serial)) this.duplicateLinkSends++;
    onLink.add(record.serial);
  }

  private sawBlock(index: number, block: Block, mined: boolean): void {
    let record = this.blocks.get(block.hash);
    if (record === undefined) {
      if (!mined) return; // a block from before the run (none: every run starts at genesis)
      record = {
        hash: block.hash,
        serial: this.blocks.size,
        height: block.index,
        miner: index,
        minedAt: this.clock.now(),
        arrivals: new Float64Array(this.nodeCount).fill(Number.NaN),
        sends: new Uint16Array(this.nodeCount),
      };
      this.blocks.set(block.hash, record);
    }
    if (Number.isNaN(record.arrivals[index])) record.arrivals[index] = this.clock.now();
  }
}

/** Time from mining until `fraction` of the nodes held the block; null when fewer ever did. */
export function reachMs(record: BlockRecord, fraction: number): number | null {
  const times = [...record.arrivals].filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
  const needed = Math.max(1, Math.ceil(fraction * record.arrivals.length));
  const at = times[needed - 1];
  return at === undefined ? null : at - record.minedAt;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
