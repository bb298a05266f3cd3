// A node's backup file: the seed's {chain, length} chain file (so any chain file reader opens it) plus a `backup`
// object naming the node (network, node id) and holding its key pair, signed by that key. docs/chain-format.md
// ("Backup") describes it. Reading one checks everything that can be checked without a chain: the fields, that
// the secret key gives the public key and the address, and the proof; the chain itself is checked by chain-files.ts.
import {
  type Block,
  blockToJson,
  bytesToHex,
  chainFileBlocks,
  hexToBytes,
  isAddress,
  isHex,
  isUint,
  type KeyPair,
  keyPairFromSecret,
  NETWORK_NAME_RE,
  sign,
  utf8,
  verifySignature,
} from '../core/index.ts';

/** The `backup.format` every backup names: a chain file without it is no backup. */
export const BACKUP_FORMAT = 'browser-blockchain-node-backup';
/** Bumped when a field changes meaning; a reader refuses versions it does not know. */
export const BACKUP_VERSION = 1;

/** Why a file is no backup this node can restore, as codes the page words (`backup.problem.<code>`). */
export const BackupProblemCode = {
  /** Not JSON with a `backup` object of this format: another file, or a plain chain file. */
  NotABackup: 'not-a-backup',
  /** A backup of a later format version `{version}`. */
  UnknownVersion: 'unknown-version',
  /** The backup's `{field}` is missing or malformed. */
  BadField: 'bad-field',
  /** The secret key does not give the public key and address the file names. */
  KeyMismatch: 'key-mismatch',
  /** The proof does not verify: the file was changed after it was written. */
  ProofFailed: 'proof-failed',
  /** A backup of room `{network}`, not this one. */
  OtherRoom: 'other-room',
  /** The file's chain fails at block `{index}`: `{reason}` (a RejectCode). */
  ChainInvalid: 'chain-invalid',
  /** The chain does not end at the tip (or length) the backup names: blocks were cut off or added. */
  TipMismatch: 'tip-mismatch',
  /** Node `{node}`, the backup's, runs in another tab: restore it there, or close that tab first. */
  NodeRunning: 'node-running',
  /** The device's storage refused the restore (`{code}`, a StorageErrorCode); nothing was changed. */
  StorageFailed: 'storage-failed',
} as const;
export type BackupProblemCode = (typeof BackupProblemCode)[keyof typeof BackupProblemCode];

export type BackupProblem = {
  readonly code: BackupProblemCode;
  readonly values: Readonly<Record<string, string | number>>;
};

/** A backup read and its key checked: what a restore needs, the chain's blocks still unchecked JSON. */
export type NodeBackup = {
  readonly network: string;
  readonly nodeId: string;
  readonly keys: KeyPair;
  /** ms since the epoch, when the file was written. */
  readonly createdAt: number;
  /** The hash of the chain's last block, and its length (genesis included). */
  readonly tip: string;
  readonly length: number;
  /** The whole file's text: the chain is checked from it with every rule of its room. */
  readonly text: string;
  readonly blocks: readonly unknown[];
};

export type BackupRead =
  | { readonly ok: true; readonly backup: NodeBackup }
  | { readonly ok: false; readonly problem: BackupProblem };

export function backupProblem(
  code: BackupProblemCode,
  values: Readonly<Record<string, string | number>> = {},
): { readonly ok: false; readonly problem: BackupProblem } {
  return { ok: false, problem: { code, values } };
}

const NODE_ID_RE = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;

/** What the proof signs: every field a restore relies on, the chain through its tip (each block links to the last). */
function proofMessage(fields: {
  network: string;
  nodeId: string;
  address: string;
  createdAt: number;
  tip: string;
  length: number;
}): Uint8Array {
  const { network, nodeId, address, createdAt, tip, length } = fields;
  return utf8([`${BACKUP_FORMAT}/${BACKUP_VERSION}`, network, nodeId, address, createdAt, tip, length].join('\n'));
}

export type BackupSource = {
  readonly network: string;
  readonly nodeId: string;
  readonly keys: KeyPair;
  /** The main chain, genesis first. */
  readonly blocks: readonly Block[];
  readonly createdAt: number;
};

/** The backup's text: the chain file with the `backup` object first, so a person opening it sees what it is. */
export function writeNodeBackup(source: BackupSource): string {
  const { network, nodeId, keys, blocks, createdAt } = source;
  const last = blocks.at(-1);
  if (last === undefined) throw new RangeError('a chain has at least its genesis block');
  const fields = { network, nodeId, address: keys.address, createdAt, tip: last.hash, length: blocks.length };
  const proof = bytesToHex(sign(proofMessage(fields), keys.secretKey));
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    ...fields,
    publicKey: bytesToHex(keys.publicKey),
    secretKey: bytesToHex(keys.secretKey),
    proof,
  };
  const chain = blocks.map(blockToJson);
  return `${JSON.stringify({ backup, chain, length: chain.length }, null, 2)}\n`;
}

function backupObject(text: string): Record<string, unknown> | null {
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof whole !== 'object' || whole === null) return null;
  const { backup } = whole as { backup?: unknown };
  if (typeof backup !== 'object' || backup === null) return null;
  const fields = backup as Record<string, unknown>;
  return fields.format === BACKUP_FORMAT ? fields : null;
}

type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: BackupProblem };

function field<T>(fields: Record<string, unknown>, name: string, check: (value: unknown) => value is T): Checked<T> {
  const value = fields[name];
  return check(value) ? { ok: true, value } : backupProblem(BackupProblemCode.BadField, { field: name });
}

const isNetwork = (value: unknown): value is string => typeof value === 'string' && NETWORK_NAME_RE.test(value);
const isNodeIdText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 64 && NODE_ID_RE.test(value);
const isKey = (value: unknown): value is string => isHex(value, 32);
const isSignature = (value: unknown): value is string => isHex(value, 64);
const isHash = (value: unknown): value is string => isHex(value, 32);
const isTime = (value: unknown): value is number => isUint(value);
const isLength = (value: unknown): value is number => isUint(value) && value >= 1;

/**
 * Reads a backup's text: its fields, its key (the secret key must give the public key and the address) and its
 * proof. The chain is only found here, not checked: that takes the room's rules (checkBackupChain).
 */
export function readNodeBackup(text: unknown): BackupRead {
  if (typeof text !== 'string') return backupProblem(BackupProblemCode.NotABackup);
  const fields = backupObject(text.trim());
  if (fields === null) return backupProblem(BackupProblemCode.NotABackup);
  if (fields.version !== BACKUP_VERSION) {
    return backupProblem(BackupProblemCode.UnknownVersion, { version: String(fields.version) });
  }
  const checks = {
    network: field(fields, 'network', isNetwork),
    nodeId: field(fields, 'nodeId', isNodeIdText),
    address: field(fields, 'address', isAddress),
    createdAt: field(fields, 'createdAt', isTime),
    tip: field(fields, 'tip', isHash),
    length: field(fields, 'length', isLength),
    publicKey: field(fields, 'publicKey', isKey),
    secretKey: field(fields, 'secretKey', isKey),
    proof: field(fields, 'proof', isSignature),
  };
  for (const check of Object.values(checks)) if (!check.ok) return check;
  const value = <T>(check: Checked<T>): T => (check as { value: T }).value;
  const [network, nodeId, address] = [value(checks.network), value(checks.nodeId), value(checks.address)];
  const [createdAt, tip, length] = [value(checks.createdAt), value(checks.tip), value(checks.length)];
  const keys = keyPairFromSecret(hexToBytes(value(checks.secretKey)));
  if (bytesToHex(keys.publicKey) !== value(checks.publicKey) || keys.address !== address) {
    return backupProblem(BackupProblemCode.KeyMismatch);
  }
  const message = proofMessage({ network, nodeId, address, createdAt, tip, length });
  if (!verifySignature(hexToBytes(value(checks.proof)), message, keys.publicKey)) {
    return backupProblem(BackupProblemCode.ProofFailed);
  }
  const blocks = chainFileBlocks(text)?.blocks ?? [];
  return { ok: true, backup: { network, nodeId, keys, createdAt, tip, length, text, blocks } };
}
