// Signature checks in workers: the packed form they travel in, the worker's api, and the pool that splits a batch
// between workers, keeps small batches in the page and falls back to the page when a worker fails.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkSignature, type SignatureCheck, signatureCheckOf } from '../../src/core/index.ts';
import { nobleVerifier, type SignatureVerifier } from '../../src/node/signature-verifier.ts';
import {
  createReferenceVerifierApi,
  createVerifierApi,
  PackedChecksError,
  packSignatureChecks,
  unpackSignatureChecks,
  Verdict,
} from '../../src/node/verifier-api.ts';
import { createWorkerVerifier, type VerifierWorkerHandle } from '../../src/node/worker-verifier.ts';
import { alice, bob, params, pay } from '../core/helpers.ts';

/** `count` checks, every third one tampered with, and the verdicts they deserve. */
function mixedChecks(count: number): { checks: SignatureCheck[]; expected: boolean[] } {
  const checks: SignatureCheck[] = [];
  const expected: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const check = signatureCheckOf(pay(i % 2 === 0 ? alice : bob, i % 2 === 0 ? bob : alice, i + 1, `n${i}`), params);
    if (check === null) throw new Error('a payment has a signature');
    const bad = i % 3 === 2;
    const message = bad ? Uint8Array.from(check.message, (b, j) => (j === 0 ? b ^ 1 : b)) : check.message;
    checks.push({ ...check, message });
    expected.push(!bad);
  }
  return { checks, expected };
}

const bytes = (max: number) => fc.uint8Array({ minLength: max, maxLength: max });

describe('packed signature checks', () => {
  it('unpack to exactly what was packed, messages of any length', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ publicKey: bytes(32), signature: bytes(64), message: fc.uint8Array({ maxLength: 90 }) })),
        (checks) => {
          expect(unpackSignatureChecks(packSignatureChecks(checks))).toEqual(checks);
        },
      ),
    );
  });

  it('refuse bytes cut short with a named error', () => {
    const packed = packSignatureChecks(mixedChecks(2).checks);
    for (const cut of [1, 50, 99, packed.length - 1]) {
      expect(() => unpackSignatureChecks(packed.subarray(0, cut))).toThrow(PackedChecksError);
    }
  });

  it('pack keys and signatures of the wrong length as zeros, which no check accepts', async () => {
    const [good] = mixedChecks(1).checks;
    if (!good) throw new Error('missing');
    const short = { ...good, signature: good.signature.subarray(0, 63) };
    expect(await createVerifierApi().verify(packSignatureChecks([good, short]))).toEqual(Uint8Array.of(1, 0));
  });
});

describe('verifier api (the worker side)', () => {
  it('answers a verdict byte per check with WebCrypto', async () => {
    const { checks, expected } = mixedChecks(6);
    const verdicts = await createVerifierApi().verify(packSignatureChecks(checks));
    expect([...verdicts]).toEqual(expected.map((valid) => (valid ? Verdict.Valid : Verdict.Invalid)));
  });

  it('marks a check WebCrypto threw on as unchecked, for the page to decide', async () => {
    const subtle = globalThis.crypto.subtle;
    const { checks } = mixedChecks(3);
    const refused = String(checks[1]?.publicKey);
    const picky = {
      importKey: (...args: Parameters<SubtleCrypto['importKey']>) =>
        String(args[1]) === refused ? Promise.reject(new Error('NotSupportedError')) : subtle.importKey(...args),
      verify: subtle.verify.bind(subtle),
    };
    const verdicts = await createVerifierApi(picky as never).verify(packSignatureChecks(checks));
    expect([...verdicts]).toEqual([Verdict.Valid, Verdict.Unchecked, Verdict.Invalid]);
  });

  it('fails every call where WebCrypto has no Ed25519', async () => {
    const without = {
      importKey: () => Promise.reject(new Error('NotSupportedError')),
      verify: () => Promise.resolve(true),
    };
    const api = createVerifierApi(without as never);
    await expect(api.verify(packSignatureChecks(mixedChecks(1).checks))).rejects.toThrow('no Ed25519');
    await expect(createVerifierApi(null).verify(new Uint8Array())).rejects.toThrow('no Ed25519');
  });
});

describe('reference verifier api (the worker side without WebCrypto)', () => {
  it("answers the rule's reference verdict for every check, never unchecked", async () => {
    const { checks, expected } = mixedChecks(7);
    const verdicts = await createReferenceVerifierApi(checkSignature).verify(packSignatureChecks(checks));
    expect([...verdicts]).toEqual(expected.map((valid) => (valid ? Verdict.Valid : Verdict.Invalid)));
  });

  it('refuses a key or signature of the wrong length (packed as zeros) and bytes cut short', async () => {
    const [good] = mixedChecks(1).checks;
    if (!good) throw new Error('missing');
    const api = createReferenceVerifierApi(checkSignature);
    const short = { ...good, publicKey: good.publicKey.subarray(0, 31) };
    expect(await api.verify(packSignatureChecks([good, short]))).toEqual(Uint8Array.of(Verdict.Valid, Verdict.Invalid));
    await expect(api.verify(packSignatureChecks([good]).subarray(0, 40))).rejects.toThrow(PackedChecksError);
  });
});

/** Workers that run the real api in this process, recording what each was given. */
function fakeWorkers(options: { fail?: boolean; wrongCount?: boolean; unchecked?: boolean } = {}) {
  const given: number[][] = [];
  let terminated = 0;
  const create = (): VerifierWorkerHandle => {
    const api = createVerifierApi();
    const mine: number[] = [];
    given.push(mine);
    return {
      api: {
        async verify(packed) {
          if (options.fail) throw new Error('worker script failed to load');
          const verdicts = await api.verify(packed);
          mine.push(verdicts.length);
          if (options.unchecked) verdicts.fill(Verdict.Unchecked, 0, 2);
          return options.wrongCount ? verdicts.subarray(1) : verdicts;
        },
      },
      terminate: () => terminated++,
    };
  };
  return { create, given, terminated: () => terminated };
}

/** A worker verifier over `count` fake workers (each given at least 4 checks), with the page's checks spied on. */
function pool(count: number, how: Parameters<typeof fakeWorkers>[0] = {}) {
  const workers = fakeWorkers(how);
  const inPage = vi.fn<SignatureVerifier>(nobleVerifier);
  const failures: Error[] = [];
  const { verify, warm } = createWorkerVerifier({
    createWorker: workers.create,
    inPage,
    workers: count,
    minChecksPerWorker: 4,
    onWorkerFailure: (error) => failures.push(error),
  });
  return { verify, warm, workers, inPage, failures };
}

describe('worker verifier', () => {
  it('splits a large batch between its workers and gives the verdicts in order', async () => {
    const { verify, workers, inPage } = pool(2);
    const { checks, expected } = mixedChecks(11);
    expect(await verify(checks)).toEqual(expected);
    expect(workers.given).toEqual([[6], [5]]);
    expect(inPage).not.toHaveBeenCalled();
  });

  it('has the page decide what a worker could not check', async () => {
    const { verify, inPage } = pool(1, { unchecked: true });
    const { checks, expected } = mixedChecks(6);
    expect(await verify(checks)).toEqual(expected);
    expect(inPage).toHaveBeenCalledWith(checks.slice(0, 2));
  });

  it('keeps a batch too small for a worker in the page, and starts no worker for it', async () => {
    const { verify, workers, inPage } = pool(2);
    const { checks, expected } = mixedChecks(3);
    expect(await verify(checks)).toEqual(expected);
    expect(inPage).toHaveBeenCalledTimes(1);
    expect(workers.given).toEqual([]);
  });

  it('uses only as many workers as have their minimum share', async () => {
    const { verify, workers } = pool(3);
    const { checks, expected } = mixedChecks(9);
    expect(await verify(checks)).toEqual(expected);
    expect(workers.given.map((g) => g.length)).toEqual([1, 1, 0]);
  });

  it.each([
    ['rejects', { fail: true }],
    ['answers the wrong number of verdicts', { wrongCount: true }],
  ])('when a worker %s, checks that batch and every later one in the page, and says so once', async (_, how) => {
    const { verify, workers, inPage, failures } = pool(2, how);
    const { checks, expected } = mixedChecks(10);
    expect(await verify(checks)).toEqual(expected);
    expect(await verify(checks)).toEqual(expected);
    expect(failures).toHaveLength(1);
    expect(workers.terminated()).toBe(2);
    expect(inPage).toHaveBeenCalledTimes(3); // both halves of the first batch, then the whole second one
  });

  it('warms every worker with an empty batch, and the next batch goes to the same workers', async () => {
    const { verify, warm, workers, inPage } = pool(2);
    warm();
    await vi.waitFor(() => expect(workers.given).toEqual([[0], [0]]));
    const { checks, expected } = mixedChecks(10);
    expect(await verify(checks)).toEqual(expected);
    expect(workers.given).toEqual([
      [0, 5],
      [0, 5],
    ]);
    expect(inPage).not.toHaveBeenCalled();
  });

  it('a worker that fails while warming sends every batch to the page, and says so once', async () => {
    const { verify, warm, failures, inPage } = pool(1, { fail: true });
    warm();
    await vi.waitFor(() => expect(failures).toHaveLength(1));
    const { checks, expected } = mixedChecks(8);
    expect(await verify(checks)).toEqual(expected);
    expect(inPage).toHaveBeenLastCalledWith(checks);
    expect(failures).toHaveLength(1);
  });

  it('refuses a pool of no workers', () => {
    expect(() =>
      createWorkerVerifier({
        createWorker: fakeWorkers().create,
        inPage: nobleVerifier,
        workers: 0,
        minChecksPerWorker: 1,
      }),
    ).toThrow(RangeError);
  });
});
