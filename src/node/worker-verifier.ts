// Signature checks off the page's thread. WebCrypto's Ed25519 runs on the calling thread in Chromium, so a
// 10,000-block sync spent over a second of the page's time verifying; in workers that time overlaps the next batch
// arriving and being decoded. Small batches (one relayed block) stay in the page: a round trip would cost more.
import { transfer } from 'comlink';
import type { SignatureCheck } from '../core/index.ts';
import { comlinkWorker } from '../mining/index.ts';
import type { SignatureVerifier } from './signature-verifier.ts';
import type { VerifierWorkerApi } from './verifier.worker.ts';
import { packSignatureChecks, Verdict, type VerifierApi } from './verifier-api.ts';

export type VerifierWorkerHandle = { readonly api: VerifierApi; terminate(): void };

export type WorkerVerifierOptions = {
  readonly createWorker: () => VerifierWorkerHandle;
  /** Checks small batches, and every batch once a worker has failed. */
  readonly inPage: SignatureVerifier;
  /** Workers started (on the first large batch) and sharing each batch; at least 1. */
  readonly workers: number;
  /** Batches with fewer checks than this are checked in the page; each worker gets at least this many. */
  readonly minChecksPerWorker: number;
  /** Told once when the workers fail and the page takes over. */
  readonly onWorkerFailure?: (error: Error) => void;
};

export type WorkerVerifier = {
  readonly verify: SignatureVerifier;
  /**
   * Starts the workers and their WebCrypto probe now, without a batch: a worker's start (its script, its probe) took
   * about 250 ms of a late joiner's first batch, which waited for it.
   */
  warm(): void;
  terminate(): void;
};

/** The verdicts as booleans, the checks a worker could not make decided by the page. */
async function withUncheckedDecided(
  checks: readonly SignatureCheck[],
  verdicts: Uint8Array,
  inPage: SignatureVerifier,
): Promise<boolean[]> {
  const result = Array.from(verdicts, (verdict) => verdict === Verdict.Valid);
  const unchecked = result.flatMap((_, i) => (verdicts[i] === Verdict.Unchecked ? [i] : []));
  if (unchecked.length === 0) return result;
  const decided = await inPage(unchecked.map((i) => checks[i] as SignatureCheck));
  unchecked.forEach((index, j) => {
    result[index] = decided[j] === true;
  });
  return result;
}

/** Whole-batch verdicts from workers splitting the checks in contiguous runs, in the page when that is cheaper. */
export function createWorkerVerifier(options: WorkerVerifierOptions): WorkerVerifier {
  const { inPage, minChecksPerWorker } = options;
  if (!Number.isSafeInteger(options.workers) || options.workers < 1) {
    throw new RangeError(`a worker verifier needs at least one worker, got ${options.workers}`);
  }
  let workers: VerifierWorkerHandle[] | null = null;
  let failed = false;

  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    for (const worker of workers ?? []) worker.terminate();
    workers = [];
    options.onWorkerFailure?.(error instanceof Error ? error : new Error(String(error)));
  };

  const verifyIn = async (worker: VerifierWorkerHandle, checks: readonly SignatureCheck[]): Promise<boolean[]> => {
    try {
      const verdicts = await worker.api.verify(packSignatureChecks(checks));
      if (verdicts.length !== checks.length) {
        throw new Error(`a verifier worker answered ${verdicts.length} verdicts for ${checks.length} checks`);
      }
      return await withUncheckedDecided(checks, verdicts, inPage);
    } catch (error) {
      fail(error);
      return inPage(checks);
    }
  };

  const started = (): VerifierWorkerHandle[] => {
    workers ??= Array.from({ length: options.workers }, () => options.createWorker());
    return workers;
  };

  const verify: SignatureVerifier = (checks) => {
    if (failed || checks.length < minChecksPerWorker) return inPage(checks);
    const pool = started();
    const used = Math.min(pool.length, Math.floor(checks.length / minChecksPerWorker));
    const perWorker = Math.ceil(checks.length / used);
    const runs = pool
      .slice(0, used)
      .map((worker, i) => verifyIn(worker, checks.slice(i * perWorker, (i + 1) * perWorker)));
    return Promise.all(runs).then((verdicts) => verdicts.flat());
  };

  return {
    verify,
    warm() {
      if (failed) return;
      // No checks: the worker loads and probes its WebCrypto; a failure here is one the first batch would meet.
      for (const worker of started()) void verifyIn(worker, []);
    },
    terminate() {
      for (const worker of workers ?? []) worker.terminate();
      workers = [];
      failed = true;
    },
  };
}

/**
 * What checks in the workers: WebCrypto (verifier.worker.ts), or noble (noble-verifier.worker.ts) where the page's
 * WebCrypto has no Ed25519 and its workers' has none either.
 */
export type VerifierWorkerKind = 'webcrypto' | 'noble';

/** A module worker that Vite bundles as its own chunk, driven through Comlink; its load failure fails its calls. */
export function createBrowserVerifierWorker(kind: VerifierWorkerKind): VerifierWorkerHandle {
  // Literal URLs, one per worker: Vite finds and bundles a worker only from `new Worker(new URL('...', import.meta.url))`.
  const worker =
    kind === 'noble'
      ? new Worker(new URL('./noble-verifier.worker.ts', import.meta.url), { type: 'module', name: 'noble verifier' })
      : new Worker(new URL('./verifier.worker.ts', import.meta.url), { type: 'module', name: 'verifier' });
  const { remote, guard, terminate } = comlinkWorker<VerifierWorkerApi>(worker, `${kind} verifier worker`);
  return { api: { verify: (packed) => guard(remote.verify(transfer(packed, [packed.buffer]))) }, terminate };
}

/**
 * Batches smaller than this stay in the page: a round trip to a worker costs about a millisecond, WebCrypto checks
 * 64 signatures in about 4 ms, noble 16 in about 8 (0.5 ms a check in Chromium, shared/MEASURED.md).
 */
const MIN_CHECKS_PER_WORKER: Readonly<Record<VerifierWorkerKind, number>> = { webcrypto: 64, noble: 16 };

/** The page's verifier: `hardwareConcurrency - 1` workers (1 to 4) of `kind`, small batches in the page. */
export function createBrowserWorkerVerifier(
  inPage: SignatureVerifier,
  kind: VerifierWorkerKind,
  onWorkerFailure?: (error: Error) => void,
) {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 2;
  return createWorkerVerifier({
    createWorker: () => createBrowserVerifierWorker(kind),
    inPage,
    workers: Math.max(1, Math.min(4, cores - 1)),
    minChecksPerWorker: MIN_CHECKS_PER_WORKER[kind],
    ...(onWorkerFailure ? { onWorkerFailure } : {}),
  });
}
