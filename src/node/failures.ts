// What a command of the node (the page's forms, the console, any client) can fail with: a code, the values its
// message needs, and the field of the request it is about. The node says no sentence; src/ui words each code in the
// page's language (src/ui/i18n, keys `failure.<code>`).
import type { RejectCode } from '../core/index.ts';

export const FailureCode = {
  /** The blocks before block `{from}` are still being read and checked after a start on the ledger snapshot. */
  HistoryPending: 'history-pending',
  /** The request is not an object like { recipient, info, amount }. */
  NotAnObject: 'not-an-object',
  /** `sender` names another address than this node's `{address}`: a node signs only as itself. */
  SenderNotThisNode: 'sender-not-this-node',
  RecipientMissing: 'recipient-missing',
  /** `{value}` is not 40 lowercase hex characters, where value moves. */
  RecipientNotAddress: 'recipient-not-address',
  /** A record of amount 0 may name a label, but `{value}` is none: 1 to 64 characters, no control characters. */
  RecipientNotLabel: 'recipient-not-label',
  InfoNotText: 'info-not-text',
  /** Half of a character (a lone surrogate), which UTF-8 cannot carry. */
  InfoLoneSurrogate: 'info-lone-surrogate',
  /** `{bytes}` bytes where the network allows `{max}`. */
  InfoTooLong: 'info-too-long',
  /** `{value}` is not a whole number 0 or more. */
  AmountInvalid: 'amount-invalid',
  /** The chain's rules refused it: `{reason}` (a RejectCode) with the core's `{detail}`. */
  Refused: 'refused',
  /** stopMining() was called before the block was found. */
  MiningStopped: 'mining-stopped',
  /** The miner failed: `{error}`. */
  MiningFailed: 'mining-failed',
  /** `{value}` is not a whole number from 1 to `{max}`. */
  WorkersInvalid: 'workers-invalid',
  /** /nodes/register wants a non-empty list of node ids. */
  NodesNotAList: 'nodes-not-a-list',
  /** `{id}` is no node id of this room. */
  PeerIdInvalid: 'peer-id-invalid',
  /** No endpoint of the seed at `{path}`. */
  NoSuchEndpoint: 'no-such-endpoint',
  /** `{path}` is the seed's, but asked for with another method than `{method}`. */
  WrongMethod: 'wrong-method',
  /** The text is no chain file this app can read (this app's JSON or block.txt, or the Python tutorial's). */
  NotAChainFile: 'not-a-chain-file',
  /** This node's key is not on its private room's list of miners: it sends transactions, it does not mine. */
  NotAMiner: 'not-a-miner',
  /** This node has no peer network (see the notice); `{error}` says why when known. */
  NoNetwork: 'no-network',
  /** The 51% lesson is at step `{stage}`, where this step does not come. */
  AttackStage: 'attack-stage',
  /** Private blocks to mine: `{value}` is not a whole number from 1 to `{max}`. */
  AttackBlocksInvalid: 'attack-blocks-invalid',
  /** The payment is in no chain or mempool of this node any more, or its coins are gone: nothing to spend twice. */
  AttackPaymentGone: 'attack-payment-gone',
  /** The payment waits in the mempool: the lesson goes dark once the room has confirmed it. */
  AttackPaymentPending: 'attack-payment-pending',
} as const;
export type FailureCode = (typeof FailureCode)[keyof typeof FailureCode];

/** The part of a request a failure is about, so a form can mark that field. */
export type FailureField = 'sender' | 'recipient' | 'info' | 'amount' | 'nodes' | 'workers' | 'blocks' | 'accomplices';

export type NodeFailure = {
  readonly code: FailureCode;
  readonly values: Readonly<Record<string, string | number>>;
  readonly field: FailureField | null;
};

export type CommandResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly failure: NodeFailure };

export function failed(
  code: FailureCode,
  field: FailureField | null = null,
  values: Readonly<Record<string, string | number>> = {},
): { readonly ok: false; readonly failure: NodeFailure } {
  return { ok: false, failure: { code, values, field } };
}

export function succeeded<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A rejection by the chain's rules; an overspend is about the amount asked for. */
export function refused(reason: RejectCode, detail: string): { readonly ok: false; readonly failure: NodeFailure } {
  return failed(FailureCode.Refused, reason === 'overspend' ? 'amount' : null, { reason, detail });
}

/** Thrown by what needs the whole chain while a start on the ledger snapshot still reads the blocks before it. */
export class HistoryPendingError extends Error {
  override readonly name = 'HistoryPendingError';
  readonly failure: NodeFailure;
  constructor(readonly from: number) {
    super(`the blocks before block ${from} are still being read and checked (a start on the ledger snapshot)`);
    this.failure = failed(FailureCode.HistoryPending, null, { from }).failure;
  }
}

/** What a failure says to a developer reading a log: its code and values, no sentence. */
export function describeFailure(failure: NodeFailure): string {
  const values = Object.entries(failure.values).map(([name, value]) => `${name}=${JSON.stringify(value)}`);
  return [failure.code, ...values].join(' ');
}
