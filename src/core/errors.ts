// Reason codes and the result type every validation returns: bad peer data is normal, not exceptional.

/** Every reason the core can reject a block, transaction or chain. UI and network key on these strings. */
export const RejectCode = {
  Malformed: 'malformed',
  BadVersion: 'bad-version',
  BadHash: 'bad-hash',
  BadPow: 'bad-pow',
  BadDifficulty: 'bad-difficulty',
  BadIndex: 'bad-index',
  BadTimestamp: 'bad-timestamp',
  TimeTooNew: 'time-too-new',
  BadMerkleRoot: 'bad-merkle-root',
  BadSignature: 'bad-signature',
  BadAddress: 'bad-address',
  BadAmount: 'bad-amount',
  BadCoinbase: 'bad-coinbase',
  InfoTooLarge: 'info-too-large',
  TooManyTransactions: 'too-many-transactions',
  DuplicateTransaction: 'duplicate-transaction',
  DuplicateBlock: 'duplicate-block',
  Overspend: 'overspend',
  UnknownParent: 'unknown-parent',
  InvalidParent: 'invalid-parent',
  BrokenLink: 'broken-link',
  WrongGenesis: 'wrong-genesis',
  BadLength: 'bad-length',
  Empty: 'empty-chain',
  /** A private room's block without its miner's signature. */
  UnsignedBlock: 'unsigned-block',
  /** A private room's block signed by a key its genesis does not list. */
  UnlistedMiner: 'unlisted-miner',
  /** The miner's signature does not hold, or its key is not the one the coinbase pays. */
  BadMinerSignature: 'bad-miner-signature',
} as const;
export type RejectCode = (typeof RejectCode)[keyof typeof RejectCode];

export type Rejection = { readonly ok: false; readonly code: RejectCode; readonly detail: string };
export type Result<T> = { readonly ok: true; readonly value: T } | Rejection;

export function reject(code: RejectCode, detail: string): Rejection {
  return { ok: false, code, detail };
}

export function accept<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Thrown only where a caller broke a contract (or chose to turn a rejection into an exception). */
export class ChainError extends Error {
  readonly code: RejectCode;
  constructor(code: RejectCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'ChainError';
    this.code = code;
  }
}

/** Unwraps a result, throwing a ChainError with its code: for trusted paths and the console API. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ChainError(result.code, result.detail);
  return result.value;
}
