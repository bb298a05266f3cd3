// Private rooms (permissioned mining): the genesis lists the public keys allowed to mine (params.miners), and each
// block carries its miner's public key and Ed25519 signature over its header. The signature lies outside the header,
// so the block hash is what it is in a public room and the proof of work is untouched; the header still names the
// miner, because the coinbase it commits to must pay the signing key's address. docs/chain-format.md, "Private rooms".
import { bytesToHex } from './bytes.ts';
import { accept, RejectCode, type Result, reject } from './errors.ts';
import { addressFromPublicKey, type KeyPair, sign } from './keys.ts';
import type { NetworkParams } from './params.ts';
import { verifySignature } from './signature-rule.ts';
import { type SignatureCheck, signingMessage } from './transaction.ts';

/** The miner of a private room's block: its public key and its signature over the block's header. */
export type MinerSignature = { readonly publicKey: Uint8Array; readonly signature: Uint8Array };

/** What a node may do in a room: anyone mines a public room; only the listed keys mine a private one. */
export type NodeRole = 'miner' | 'user';

/**
 * SHA-256(UTF-8 "browser-blockchain/block/" + room name) ‖ the 92 header bytes: its own prefix, so no transaction
 * signature is ever a block signature, and the room's name keeps a header signed in one room from counting in another.
 */
export function minerSigningMessage(header: Uint8Array, networkName: string): Uint8Array {
  return signingMessage(header, networkName, 'block');
}

/** Signs a mined block's header with the node's own key. */
export function signHeader(header: Uint8Array, keys: KeyPair, networkName: string): MinerSignature {
  return { publicKey: keys.publicKey, signature: sign(minerSigningMessage(header, networkName), keys.secretKey) };
}

export function roleOf(params: NetworkParams, publicKey: Uint8Array): NodeRole {
  return params.miners?.includes(bytesToHex(publicKey)) === false ? 'user' : 'miner';
}

/** What a block's miner signature needs checked, for a batch verifier; null where there is none to check. */
export function minerSignatureCheckOf(
  header: Uint8Array,
  miner: MinerSignature | undefined,
  params: NetworkParams,
): SignatureCheck | null {
  if (params.miners === undefined || miner === undefined) return null;
  return { message: minerSigningMessage(header, params.name), publicKey: miner.publicKey, signature: miner.signature };
}

/**
 * The private-room rule for one non-genesis block (a public room's block must carry no signature): a signature by a
 * listed key whose address the coinbase pays. `skipSignature` leaves out only the equation (checked in a batch, or
 * by this node before it stored the block); the cheap checks always run.
 */
export function checkMinerSignature(
  header: Uint8Array,
  miner: MinerSignature | undefined,
  coinbaseRecipient: string,
  params: NetworkParams,
  skipSignature = false,
): Result<true> {
  if (params.miners === undefined) {
    return miner === undefined ? accept(true) : reject(RejectCode.Malformed, 'signed in a public room');
  }
  if (miner === undefined) return reject(RejectCode.UnsignedBlock, 'no miner signature');
  const key = bytesToHex(miner.publicKey);
  if (!params.miners.includes(key)) return reject(RejectCode.UnlistedMiner, key);
  if (addressFromPublicKey(miner.publicKey) !== coinbaseRecipient) {
    return reject(RejectCode.BadMinerSignature, `the coinbase does not pay ${key}`);
  }
  if (!skipSignature && !verifySignature(miner.signature, minerSigningMessage(header, params.name), miner.publicKey)) {
    return reject(RejectCode.BadMinerSignature, `${key} did not sign it`);
  }
  return accept(true);
}
