// Texts a node signs with its key (the keys and signatures view): under a prefix of their own, never a transaction.
import { utf8 } from '../core/index.ts';

/**
 * The first line of every text this node signs (`signText`). A transaction's signing message starts with a SHA-256
 * hash instead (core `signingMessage`), so a signed text can never pass as a transaction's signature.
 */
export const SIGNED_TEXT_PREFIX = 'browser-blockchain/signed-text/v1\n';

export function textSigningMessage(text: string): Uint8Array {
  return utf8(SIGNED_TEXT_PREFIX + text);
}
