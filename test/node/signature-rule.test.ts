// One verdict on every path: every signature verifier a node can use in Node (the core's check, the page's WebCrypto
// batch, the worker's api and the worker pool) fed the same corpus, failing on any disagreement; then a block that
// carries the small-order forgery, refused alike by acceptBlock, acceptBlocks and verifyChain.
import { ed25519 } from '@noble/curves/ed25519.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addressFromPublicKey,
  Blockchain,
  concatBytes,
  encodeTransactionPayload,
  equalBytes,
  hexToBytes,
  RejectCode,
  type SignatureCheck,
  transactionFromPayload,
  verifySignature,
} from '../../src/core/index.ts';
import { BlockchainNode } from '../../src/node/node.ts';
import {
  createSignatureVerifier,
  nobleVerifier,
  referenceVerifier,
  type SignatureVerifier,
} from '../../src/node/signature-verifier.ts';
import { createVerifierApi, packSignatureChecks, Verdict } from '../../src/node/verifier-api.ts';
import { webCryptoFollowsRule } from '../../src/node/webcrypto-ed25519.ts';
import { createWorkerVerifier } from '../../src/node/worker-verifier.ts';
import { bob, buildBlock, NOW, params, T0 } from '../core/helpers.ts';
import { type CorpusCase, signatureCorpus } from '../core/signature-corpus.ts';
import { MemoryStore, ThreadMiner } from './fakes.ts';

/** The worker's api, answered in-process: its verdict bytes, an unchecked one failing the test (none is expected). */
const workerApi: SignatureVerifier = async (checks) => {
  const verdicts = await createVerifierApi().verify(packSignatureChecks(checks));
  return Array.from(verdicts, (verdict, i) => {
    if (verdict === Verdict.Unchecked) throw new Error(`the worker left check ${i} unchecked`);
    return verdict === Verdict.Valid;
  });
};

const verifiers = new Map<string, SignatureVerifier>([
  [
    'core reference (verifySignature)',
    async (checks) => checks.map((c) => verifySignature(c.signature, c.message, c.publicKey)),
  ],
  ['nobleVerifier', nobleVerifier],
  ['referenceVerifier (verifyChain)', referenceVerifier],
  ['worker api', workerApi],
]);

beforeAll(async () => {
  const page = await createSignatureVerifier();
  if (page === nobleVerifier) throw new Error("this Node's WebCrypto should check the rule");
  verifiers.set('page WebCrypto batch', page);
  const pool = createWorkerVerifier({
    createWorker: () => ({ api: createVerifierApi(), terminate: () => undefined }),
    inPage: page,
    workers: 3,
    minChecksPerWorker: 1,
  });
  verifiers.set('worker pool', pool.verify);
});

/** Every verifier's verdicts on the checks, and the cases on which any two of them differ. */
async function disagreements(cases: readonly { name: string; check: SignatureCheck }[]) {
  const checks = cases.map((c) => c.check);
  const all = await Promise.all([...verifiers].map(async ([name, verify]) => [name, await verify(checks)] as const));
  return cases.flatMap((c, i) => {
    const said = all.map(([name, verdicts]) => `${name}: ${verdicts[i]}`);
    return new Set(all.map(([, verdicts]) => verdicts[i])).size === 1 ? [] : [`${c.name} (${said.join(', ')})`];
  });
}

describe('every verifier gives the rule’s verdict', () => {
  const corpus: CorpusCase[] = signatureCorpus();

  it('on the whole corpus, with no disagreement', async () => {
    expect(verifiers.size).toBe(6);
    expect(await disagreements(corpus)).toEqual([]);
    for (const [name, verify] of verifiers) {
      const wrong = (await verify(corpus.map((c) => c.check))).flatMap((v, i) => (v === corpus[i]?.rule ? [] : [i]));
      expect(wrong.map((i) => `${name}: ${corpus[i]?.name}`)).toEqual([]);
    }
  });

  it('the corpus has teeth: raw WebCrypto and noble’s cofactored verify each disagree with the rule on it', async () => {
    const subtle = globalThis.crypto.subtle;
    const raw = async ({ publicKey, signature, message }: SignatureCheck) => {
      const key = await subtle.importKey('raw', publicKey as BufferSource, { name: 'Ed25519' }, false, ['verify']);
      return subtle.verify({ name: 'Ed25519' }, key, signature as BufferSource, message as BufferSource);
    };
    // The identity point as a key, R = B, s = 1: Node's OpenSSL, like Chromium's BoringSSL, accepts this forgery.
    const identity = hexToBytes(`01${'00'.repeat(31)}`);
    const forged = corpus.find((c) => equalBytes(c.check.publicKey, identity) && c.name.endsWith('R = B, s = 1'));
    expect(forged && (await raw(forged.check))).toBe(true);
    const cofactoredOnly = corpus.filter((c) => c.cofactored === true && !c.rule);
    expect(cofactoredOnly.length).toBeGreaterThan(7);
    for (const { check } of cofactoredOnly) {
      expect(ed25519.verify(check.signature, check.message, check.publicKey, { zip215: false })).toBe(true);
    }
  });

  it('on random keys, messages and bit flips (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ maxLength: 160 }),
        fc.nat(64 * 8 - 1),
        fc.nat(32 * 8 - 1),
        async (secret, message, sigBit, keyBit) => {
          const publicKey = ed25519.getPublicKey(secret);
          const signature = ed25519.sign(message, secret);
          const flip = (bytes: Uint8Array, bit: number) =>
            Uint8Array.from(bytes, (b, i) => (i === bit >> 3 ? b ^ (1 << (bit & 7)) : b));
          const cases = [
            { name: 'signed', check: { publicKey, signature, message } },
            { name: 'signature bit flipped', check: { publicKey, signature: flip(signature, sigBit), message } },
            { name: 'key bit flipped', check: { publicKey: flip(publicKey, keyBit), signature, message } },
            { name: 'random bytes', check: { publicKey: secret, signature: concatBytes(secret, secret), message } },
          ];
          expect(await disagreements(cases)).toEqual([]);
          expect(verifySignature(signature, message, publicKey)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('WebCrypto is used only where it checks the cofactorless equation', async () => {
    const subtle = globalThis.crypto.subtle;
    expect(await webCryptoFollowsRule(subtle)).toBe(true);
    // An engine checking the cofactored equation (noble's own verify behind WebCrypto's interface) is refused.
    const keyBytes = new WeakMap<CryptoKey, Uint8Array>();
    const cofactored = {
      importKey: async (...args: Parameters<SubtleCrypto['importKey']>) => {
        const key = await subtle.importKey(...args);
        keyBytes.set(key, new Uint8Array(args[1] as ArrayBuffer));
        return key;
      },
      verify: async (_: unknown, key: CryptoKey, signature: BufferSource, message: BufferSource) =>
        ed25519.verify(
          new Uint8Array(signature as ArrayBuffer),
          new Uint8Array(message as ArrayBuffer),
          keyBytes.get(key) ?? new Uint8Array(32),
        ),
    };
    expect(await webCryptoFollowsRule(cofactored as never)).toBe(false);
    expect(await createSignatureVerifier(cofactored as never)).toBe(nobleVerifier);
  });
});

/** A payment "signed" by the identity point: R = the base point, s = 1, which needs no secret key. */
function forgedTransaction() {
  const publicKey = hexToBytes(`01${'00'.repeat(31)}`);
  const fields = {
    sender: addressFromPublicKey(publicKey),
    recipient: bob.address,
    info: 'forged',
    amount: 0,
    timestamp: T0,
    nonce: 1,
    publicKey,
  };
  const signature = concatBytes(ed25519.Point.BASE.toBytes(), Uint8Array.of(1), new Uint8Array(31));
  const tx = transactionFromPayload(encodeTransactionPayload(fields), signature);
  if (!tx.ok) throw new Error(tx.detail);
  return tx.value;
}

describe('a block carrying the small-order forgery', () => {
  const chain = new Blockchain(params);
  const forged = forgedTransaction();
  const block = buildBlock(chain, chain.genesis, { transactions: [forged] });
  const refusal = { ok: false, code: RejectCode.BadSignature };

  const open = (verifier: SignatureVerifier, store = new MemoryStore()) =>
    BlockchainNode.open({ params, nodeId: 'n-forged', store, miner: new ThreadMiner(), now: () => NOW, verifier });

  it('is refused with bad-signature by acceptBlock and acceptBlocks, whatever the verifier', async () => {
    for (const [name, verifier] of verifiers) {
      const single = await open(verifier);
      expect(single.acceptBlock(block, 'peer'), name).toMatchObject(refusal);
      expect(single.acceptTransaction(forged, 'peer'), name).toMatchObject(refusal);
      const batch = await open(verifier);
      expect(await batch.acceptBlocks(batch.prepareBlocks([block]), 'peer'), name).toEqual([
        expect.objectContaining(refusal),
      ]);
      expect(batch.chain.height, name).toBe(1);
    }
  });

  it('is refused with bad-signature by verifyChain when the device’s storage holds it', async () => {
    const store = new MemoryStore();
    store.blocks = [block];
    // Stored blocks load without their signatures checked: the node holds the forgery until it is re-verified.
    const node = await open(verifiers.get('page WebCrypto batch') ?? nobleVerifier, store);
    expect(node.chain.height).toBe(2);
    expect(await node.verifyChain()).toMatchObject({ valid: false, code: RejectCode.BadSignature });
  });
});
