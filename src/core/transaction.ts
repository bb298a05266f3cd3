// Transactions: the seed's {sender, recipient, info} record plus an amount, made unique by timestamp and nonce,
// signed with Ed25519 by the sender. Immutable values; the txid computed once at creation, the leaf hash on demand.
import {
  ByteReadError,
  ByteReader,
  ByteWriter,
  bytesToHex,
  compactInteger,
  concatBytes,
  hexToBytes,
  internedKey,
  isHex,
  isUint,
  isWellFormedText,
  utf8,
  utf8Length,
} from './bytes.ts';
import { accept, RejectCode, type Rejection, type Result, reject } from './errors.ts';
import { addressFromPublicKey, COINBASE_SENDER, isAddress, isValidRecipient, type KeyPair, sign } from './keys.ts';
import type { NetworkParams } from './params.ts';
import { sha256 } from './sha256.ts';
import { verifySignature } from './signature-rule.ts';

export const TX_VERSION = 1;

export type Transaction = {
  readonly sender: string;
  readonly recipient: string;
  readonly info: string;
  readonly amount: number;
  readonly timestamp: number;
  readonly nonce: number;
  /** Empty for a coinbase. */
  readonly publicKey: Uint8Array;
  /** Empty for a coinbase. */
  readonly signature: Uint8Array;
  /** SHA-256 of the unsigned payload: what "the same transaction" means, whatever bytes sign it. */
  readonly txid: string;
  /** The encoded unsigned fields, kept because txid, signature check and leaf hash (leafHashOf) all need them. */
  readonly payload: Uint8Array;
};

export type TransactionJson = {
  txid: string;
  sender: string;
  recipient: string;
  info: string;
  amount: number;
  timestamp: number;
  nonce: number;
  public_key: string;
  signature: string;
};

type UnsignedFields = Omit<Transaction, 'signature' | 'txid' | 'payload'>;

/** One writer for every payload (a sync encodes tens of thousands): it grows to the largest and is copied from. */
const payloadWriter = new ByteWriter(512);

/** The bytes a txid hashes: version, sender, recipient, info (u16-length UTF-8), amount, timestamp (u64),
 *  nonce (u32), public key (u8-length). */
export function encodeTransactionPayload(tx: UnsignedFields): Uint8Array {
  return payloadWriter
    .reset()
    .u8(TX_VERSION)
    .string(tx.sender)
    .string(tx.recipient)
    .string(tx.info)
    .u64(tx.amount)
    .u64(tx.timestamp)
    .u32(tx.nonce)
    .shortBytes(tx.publicKey)
    .finish();
}

/** The hash that starts every signing message of a network, by its tag: a node knows one or two networks. */
const signingPrefixes = new Map<string, Uint8Array>();

/**
 * Signatures commit to the network too, so a record signed in one room cannot be replayed in another, and to what
 * they sign: `tx` for a transaction, `block` for a private room's miner (miner-signature.ts), so neither passes as
 * the other.
 */
export function signingMessage(payload: Uint8Array, networkName: string, domain = 'tx'): Uint8Array {
  const tag = `browser-blockchain/${domain}/${networkName}`;
  let prefix = signingPrefixes.get(tag);
  if (prefix === undefined) {
    if (signingPrefixes.size >= 64) signingPrefixes.clear();
    prefix = sha256(utf8(tag));
    signingPrefixes.set(tag, prefix);
  }
  return concatBytes(prefix, payload);
}

/** The transaction value from its parts, its txid included: every transaction has this one object shape. */
function makeTransaction(
  fields: UnsignedFields,
  signature: Uint8Array,
  payload: Uint8Array,
  txid: string,
): Transaction {
  // Field by field, not spread: every transaction then has one object shape, which keeps V8's property access fast.
  return Object.freeze({
    sender: fields.sender,
    recipient: fields.recipient,
    info: fields.info,
    amount: compactInteger(fields.amount),
    timestamp: fields.timestamp,
    nonce: compactInteger(fields.nonce),
    publicKey: fields.publicKey,
    signature,
    payload,
    txid,
  });
}

/** The u8 length prefix of a short byte field, one array per length made once: a leaf hashes one per transaction. */
const SHORT_LENGTH_PREFIXES = Array.from({ length: 256 }, (_, length) => Uint8Array.of(length));

/**
 * SHA-256 of the payload then the signature with its u8 length (as ByteWriter's shortBytes writes it): what the
 * transactions root commits to. Computed when asked, not kept: only a root (a block's check, a template) and the
 * anatomy view need it, and a kept one was an array per transaction every loaded block held (Node heap per block of
 * the bench chain 1,654 -> 1,443 B without them).
 */
export function leafHashOf(tx: Transaction): Uint8Array {
  const length = SHORT_LENGTH_PREFIXES[tx.signature.length];
  if (length === undefined) throw new RangeError('a signature is at most 255 bytes');
  return sha256(tx.payload, length, tx.signature);
}

function finish(
  fields: UnsignedFields,
  signature: Uint8Array,
  payload = encodeTransactionPayload(fields),
): Transaction {
  if (signature.length > 255) throw new RangeError('a signature is at most 255 bytes');
  return makeTransaction(fields, signature, payload, bytesToHex(sha256(payload)));
}

export type TransactionInput = {
  readonly recipient: string;
  readonly info?: string;
  readonly amount?: number;
  readonly timestamp: number;
  readonly nonce: number;
};

/** Builds and signs a transaction; throws on fields no valid transaction could have. */
export function createTransaction(keys: KeyPair, input: TransactionInput, params: NetworkParams): Transaction {
  const fields: UnsignedFields = {
    sender: keys.address,
    recipient: input.recipient,
    info: input.info ?? '',
    amount: input.amount ?? 0,
    timestamp: input.timestamp,
    nonce: input.nonce,
    publicKey: keys.publicKey,
  };
  const shape = checkFieldShapes(fields, params);
  if (!shape.ok) throw new RangeError(`${shape.code}: ${shape.detail}`);
  const payload = encodeTransactionPayload(fields);
  return finish(fields, sign(signingMessage(payload, params.name), keys.secretKey), payload);
}

/** The block reward: the seed's sender "0". Its nonce is the block index, so no two coinbases share a txid. */
export function createCoinbase(input: {
  readonly recipient: string;
  readonly amount: number;
  readonly index: number;
  readonly timestamp: number;
  readonly info?: string;
}): Transaction {
  return finish(
    {
      sender: COINBASE_SENDER,
      recipient: input.recipient,
      info: input.info ?? '',
      amount: input.amount,
      timestamp: input.timestamp,
      nonce: input.index,
      publicKey: new Uint8Array(0),
    },
    new Uint8Array(0),
  );
}

export function isCoinbase(tx: Transaction): boolean {
  return tx.sender === COINBASE_SENDER;
}

function checkFieldShapes(tx: UnsignedFields, params: NetworkParams): Result<true> {
  if (!isValidRecipient(tx.recipient, tx.amount)) {
    return reject(RejectCode.BadAddress, `recipient ${tx.recipient} is not an address (nor a label of a record of 0)`);
  }
  if (!isUint(tx.amount)) return reject(RejectCode.BadAmount, `amount ${tx.amount} is not a non-negative integer`);
  if (!isUint(tx.timestamp)) return reject(RejectCode.Malformed, 'timestamp is not a non-negative integer');
  if (!isUint(tx.nonce, 0xffffffff)) return reject(RejectCode.Malformed, 'nonce is not a u32');
  if (typeof tx.info !== 'string') return reject(RejectCode.Malformed, 'info is not a string');
  if (!isWellFormedText(tx.info)) return reject(RejectCode.Malformed, 'info holds a lone surrogate');
  const infoBytes = utf8Length(tx.info);
  if (infoBytes > params.maxInfoBytes) {
    return reject(RejectCode.InfoTooLarge, `info is ${infoBytes} bytes, the limit is ${params.maxInfoBytes}`);
  }
  return accept(true);
}

/** Every check that needs no chain state: shapes, limits, address derivation, signature. */
export function checkTransaction(
  tx: Transaction,
  params: NetworkParams,
  skipSignature = false,
  skipKeyBinding = false,
): Result<true> {
  const shape = checkFieldShapes(tx, params);
  if (!shape.ok) return shape;
  if (isCoinbase(tx)) {
    if (tx.publicKey.length !== 0 || tx.signature.length !== 0) {
      return reject(RejectCode.BadCoinbase, 'a coinbase carries no key or signature');
    }
    return accept(true);
  }
  if (tx.publicKey.length !== 32) return reject(RejectCode.BadSignature, 'public key must be 32 bytes');
  if (!skipKeyBinding && tx.sender !== addressFromPublicKey(tx.publicKey)) {
    return reject(RejectCode.BadAddress, `sender ${tx.sender} is not the address of the signing key`);
  }
  if (skipSignature) return accept(true);
  // The chain's signature rule (signature-rule.ts): every verifier on every path gives this same verdict.
  if (!verifySignature(tx.signature, signingMessage(tx.payload, params.name), tx.publicKey)) {
    return reject(RejectCode.BadSignature, `transaction ${tx.txid} has an invalid signature`);
  }
  return accept(true);
}

export type SignatureCheck = {
  readonly message: Uint8Array;
  readonly publicKey: Uint8Array;
  readonly signature: Uint8Array;
};

/** What verifying a transaction's signature needs, for checking many at once elsewhere (WebCrypto in a batch);
 *  null for a coinbase, which carries none. `checkTransaction` stays the reference. */
export function signatureCheckOf(tx: Transaction, params: NetworkParams): SignatureCheck | null {
  if (isCoinbase(tx)) return null;
  return {
    message: signingMessage(tx.payload, params.name),
    publicKey: tx.publicKey,
    signature: tx.signature,
  };
}

export function transactionToJson(tx: Transaction): TransactionJson {
  return {
    txid: tx.txid,
    sender: tx.sender,
    recipient: tx.recipient,
    info: tx.info,
    amount: tx.amount,
    timestamp: tx.timestamp,
    nonce: tx.nonce,
    public_key: bytesToHex(tx.publicKey),
    signature: bytesToHex(tx.signature),
  };
}

const TX_KEYS = ['txid', 'sender', 'recipient', 'info', 'amount', 'timestamp', 'nonce', 'public_key', 'signature'];

export function hasExactKeys(value: object, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(value, k));
}

function malformed(detail: string): Rejection {
  return reject(RejectCode.Malformed, detail);
}

/** Narrows untrusted JSON field by field; the stated txid must match the recomputed one. Signature not checked. */
export function transactionFromJson(json: unknown): Result<Transaction> {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return malformed('transaction is not an object');
  if (!hasExactKeys(json, TX_KEYS)) return malformed(`transaction must have exactly the fields ${TX_KEYS.join(', ')}`);
  const j = json as Record<string, unknown>;
  const { sender, recipient, info, amount, timestamp, nonce } = j;
  if (typeof sender !== 'string' || (sender !== COINBASE_SENDER && !isAddress(sender))) {
    return reject(RejectCode.BadAddress, 'sender must be "0" or an address');
  }
  if (!isValidRecipient(recipient, amount)) return reject(RejectCode.BadAddress, 'bad recipient');
  // Bytes, not characters: the payload gives info a u16 length in UTF-8 bytes.
  if (typeof info !== 'string' || utf8Length(info) > 0xffff)
    return malformed('info must be a string of at most 65535 UTF-8 bytes');
  if (!isWellFormedText(info)) return malformed('info holds a lone surrogate, which UTF-8 cannot carry');
  if (!isUint(amount)) return reject(RejectCode.BadAmount, 'amount must be a non-negative integer');
  if (!isUint(timestamp)) return malformed('timestamp must be a non-negative integer');
  if (!isUint(nonce, 0xffffffff)) return malformed('nonce must be a u32');
  const publicKeyHex = j.public_key;
  const signatureHex = j.signature;
  if (!(publicKeyHex === '' || isHex(publicKeyHex, 32))) return malformed('public_key must be empty or 32 bytes hex');
  if (!(signatureHex === '' || isHex(signatureHex, 64))) return malformed('signature must be empty or 64 bytes hex');
  const tx = finish(
    { sender, recipient, info, amount, timestamp, nonce, publicKey: internedKey(hexToBytes(publicKeyHex)) },
    hexToBytes(signatureHex),
  );
  if (tx.txid !== j.txid) return reject(RejectCode.Malformed, `stated txid ${String(j.txid)} is not ${tx.txid}`);
  return accept(tx);
}

/** The unsigned fields of a payload, read back exactly (nothing may follow them); throws ByteReadError. */
function readPayloadFields(payload: Uint8Array): UnsignedFields {
  const reader = new ByteReader(payload);
  const version = reader.u8('transaction version');
  if (version !== TX_VERSION) throw new ByteReadError(`transaction version ${version} is not ${TX_VERSION}`);
  // Object literals evaluate in order: the fields are read in the order they were written.
  const fields = {
    sender: reader.string('sender'),
    recipient: reader.string('recipient'),
    info: reader.string('info'),
    amount: reader.u64('amount'),
    timestamp: reader.u64('timestamp'),
    nonce: reader.u32('nonce'),
    publicKey: internedKey(reader.shortBytes('public key')),
  };
  reader.end('a transaction payload');
  return fields;
}

/** Reads a payload and checks what every transaction must be before anything else looks at it. */
function checkedPayload(payload: Uint8Array, signature: Uint8Array): Result<UnsignedFields> {
  let fields: UnsignedFields;
  try {
    fields = readPayloadFields(payload);
  } catch (error) {
    if (error instanceof ByteReadError) return malformed(error.message);
    throw error;
  }
  if (fields.sender !== COINBASE_SENDER && !isAddress(fields.sender)) {
    return reject(RejectCode.BadAddress, 'sender must be "0" or an address');
  }
  if (!isValidRecipient(fields.recipient, fields.amount)) return reject(RejectCode.BadAddress, 'bad recipient');
  if (fields.publicKey.length !== 0 && fields.publicKey.length !== 32) {
    return malformed('public key must be empty or 32 bytes');
  }
  if (signature.length !== 0 && signature.length !== 64) return malformed('signature must be empty or 64 bytes');
  return accept(fields);
}

/**
 * A transaction from its payload (the bytes encodeTransactionPayload writes) and its signature: the binary form a
 * node stores. The same checks as transactionFromJson; the payload is kept as given, so it must read back exactly.
 */
export function transactionFromPayload(payload: Uint8Array, signature: Uint8Array): Result<Transaction> {
  const fields = checkedPayload(payload, signature);
  return fields.ok ? accept(finish(fields.value, signature, payload)) : fields;
}

/**
 * The same, with its txid as stated rather than computed: only for bytes something else vouches for (a checksum over
 * storage this node wrote after validating them). A stated txid that is not 32 bytes is refused.
 */
export function transactionFromSealedPayload(
  payload: Uint8Array,
  signature: Uint8Array,
  txid: Uint8Array,
): Result<Transaction> {
  if (txid.length !== 32) return malformed('a stated txid must be 32 bytes');
  const fields = checkedPayload(payload, signature);
  return fields.ok ? accept(makeTransaction(fields.value, signature, payload, bytesToHex(txid))) : fields;
}
