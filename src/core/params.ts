// Network parameters: everything two nodes must agree on to share a chain. The genesis block commits to them.
import { hexToBytes, isHex, isUint } from './bytes.ts';
import { isAcceptablePublicKey, PUBLIC_KEY_BYTES } from './signature-rule.ts';

export type RetargetRule = {
  /** Wanted mean time between blocks. */
  readonly targetBlockMs: number;
  /** How many recent blocks the mean is taken over. */
  readonly windowBlocks: number;
};

export type NetworkParams = {
  /** The room name: scopes peers and derives the genesis. */
  readonly name: string;
  /** Leading zero bits a block hash needs (the first block's, and every block's without retargeting). */
  readonly difficulty: number;
  readonly minDifficulty: number;
  readonly retarget: RetargetRule | null;
  /** Coinbase amount, paid to the miner of each block. */
  readonly reward: number;
  /** Including the coinbase. */
  readonly maxTransactionsPerBlock: number;
  /** UTF-8 bytes of a record's `info`. */
  readonly maxInfoBytes: number;
  /** How far ahead of the local clock a block may be dated (student phones' clocks drift). */
  readonly maxFutureMs: number;
  /**
   * A private room's miners: the Ed25519 public keys (lowercase hex, sorted, no repeats) whose signature a block
   * needs. Absent in a public room, where anyone mines and blocks carry no signature.
   */
  readonly miners?: readonly string[];
};

export const NETWORK_NAME_RE = /^[A-Za-z0-9_-]{1,64}$/;
export const DEFAULT_NETWORK = 'classroom';
export const MAX_DIFFICULTY = 64;
/** Miners a private room may list: an invite link of 64 keys is about 4,200 characters. */
export const MAX_MINERS = 64;

/** The default rooms' retargeting; a room that names only its block time keeps this window. */
export const DEFAULT_RETARGET: RetargetRule = Object.freeze({ targetBlockMs: 10_000, windowBlocks: 10 });

export const DEFAULT_PARAMS: Omit<NetworkParams, 'name'> = {
  // 2^20 hashes: a third of a second on one core at the kernel's ~3 MH/s, so the first blocks feel instant;
  // retargeting then slows a room of thirty auto-mining students down to one block every ten seconds or so.
  difficulty: 20,
  minDifficulty: 1,
  retarget: DEFAULT_RETARGET,
  reward: 50,
  maxTransactionsPerBlock: 500,
  maxInfoBytes: 512,
  maxFutureMs: 10 * 60 * 1000,
};

export type NetworkOverrides = Partial<Omit<NetworkParams, 'name'>>;

/** Validates and freezes a parameter set; throws RangeError/TypeError on a bad one (a programmer or URL error). */
export function createNetworkParams(name: string, overrides: NetworkOverrides = {}): NetworkParams {
  if (typeof name !== 'string' || !NETWORK_NAME_RE.test(name)) {
    throw new TypeError(`network name must be 1-64 characters of A-Z a-z 0-9 _ -, got ${JSON.stringify(name)}`);
  }
  const params = { ...DEFAULT_PARAMS, ...overrides, name };
  const checkUint = (field: keyof NetworkOverrides, value: unknown, min: number, max: number) => {
    if (!isUint(value) || value < min || value > max) {
      throw new RangeError(`network parameter ${field} must be an integer in [${min}, ${max}], got ${value}`);
    }
  };
  checkUint('minDifficulty', params.minDifficulty, 0, MAX_DIFFICULTY);
  checkUint('difficulty', params.difficulty, params.minDifficulty, MAX_DIFFICULTY);
  checkUint('reward', params.reward, 0, 1e12);
  checkUint('maxTransactionsPerBlock', params.maxTransactionsPerBlock, 1, 10_000);
  checkUint('maxInfoBytes', params.maxInfoBytes, 0, 60_000);
  checkUint('maxFutureMs', params.maxFutureMs, 0, 24 * 3600 * 1000);
  if (params.retarget !== null) {
    checkUint('retarget', params.retarget.targetBlockMs, 1, 24 * 3600 * 1000);
    checkUint('retarget', params.retarget.windowBlocks, 1, 1000);
    params.retarget = Object.freeze({ ...params.retarget });
  }
  if (params.miners !== undefined) params.miners = canonicalMiners(params.miners);
  return Object.freeze(params);
}

/** A key a private room may list: an Ed25519 public key the signature rule accepts, in lowercase hex. */
export function isMinerKey(key: unknown): key is string {
  return isHex(key, PUBLIC_KEY_BYTES) && isAcceptablePublicKey(hexToBytes(key));
}

/** One spelling per list, so the same keys in another order or repeated make the same genesis. */
function canonicalMiners(miners: unknown): readonly string[] {
  const keys = Array.isArray(miners) ? [...new Set<unknown>(miners)].sort() : [];
  if (keys.length < 1 || keys.length > MAX_MINERS || !keys.every(isMinerKey)) {
    throw new RangeError(`network parameter miners must list 1 to ${MAX_MINERS} Ed25519 public keys, lowercase hex`);
  }
  return Object.freeze(keys);
}

/** Canonical text of the parameters, committed to by the genesis block: different rules, different chain. */
export function paramsFingerprint(params: NetworkParams): string {
  const r = params.retarget;
  return [
    `name=${params.name}`,
    `difficulty=${params.difficulty}`,
    `minDifficulty=${params.minDifficulty}`,
    `retarget=${r ? `${r.targetBlockMs}/${r.windowBlocks}` : 'none'}`,
    `reward=${params.reward}`,
    `maxTransactionsPerBlock=${params.maxTransactionsPerBlock}`,
    `maxInfoBytes=${params.maxInfoBytes}`,
    // Only a private room's: a public room's fingerprint, and so its genesis, is what it always was.
    ...(params.miners ? [`miners=${params.miners.join(',')}`] : []),
  ].join(';');
}
