// Feature detection of the web platform a node leans on where the app's own code would otherwise fail quietly or
// late (docs/browsers.md has the whole table): what this browser lacks comes back as notices the page words. The
// other rows of that table are detected where they are used (Web Locks, IndexedDB, persist(), Ed25519, service
// workers), each with its own notice or fallback.
import { type NodeNotice, NoticeCode, nodeNotice } from './notices.ts';

/** What the probes found: true where the browser has it. */
export type PlatformSupport = {
  /** `new Worker(url, { type: 'module' })`: the miner pool and the signature verifier are module workers. */
  readonly moduleWorkers: boolean;
  /** WebAssembly with the SIMD proposal: the miner's fast kernel (the JS kernel mines without it, slower). */
  readonly wasmSimd: boolean;
  /** BroadcastChannel: the links between this browser's tabs that need no server. */
  readonly broadcastChannel: boolean;
};

/** The globals the probes read; a test hands in its own. */
export type PlatformGlobals = {
  readonly Worker?: unknown;
  readonly WebAssembly?: { validate(bytes: Uint8Array<ArrayBuffer>): boolean };
  readonly BroadcastChannel?: unknown;
};

/** Thrown from the options' `type` getter: a browser that reads it knows module workers, and starts no worker. */
class ProbeAnswered extends Error {}

/**
 * Whether `new Worker(url, { type: 'module' })` makes a module worker. A browser without module workers never reads
 * the option (WebIDL reads dictionary members before the constructor does anything), and makes a classic worker of
 * an empty script, which is ended at once; one that has them reads `type`, whose getter throws before any worker
 * starts.
 */
export function supportsModuleWorkers(WorkerClass: unknown): boolean {
  if (typeof WorkerClass !== 'function') return false;
  let read = false;
  const options = {
    get type(): 'module' {
      read = true;
      throw new ProbeAnswered();
    },
  };
  try {
    const worker = new (WorkerClass as new (url: string, options: object) => { terminate(): void })('data:,', options);
    worker.terminate();
  } catch {
    // ProbeAnswered, or a browser that refuses data: workers: `read` already says which.
  }
  return read;
}

/**
 * A module of one function that splats and counts bits in a v128 (i8x16.splat, i8x16.popcnt): it validates exactly
 * where WebAssembly SIMD is there (the same probe as the wasm-feature-detect package). Validating compiles nothing,
 * so it is cheap on a page's main thread.
 */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

export function supportsWasmSimd(wasm: PlatformGlobals['WebAssembly']): boolean {
  try {
    return wasm?.validate(SIMD_PROBE) === true;
  } catch {
    return false;
  }
}

export function probePlatform(globals: PlatformGlobals = globalThis as PlatformGlobals): PlatformSupport {
  return {
    moduleWorkers: supportsModuleWorkers(globals.Worker),
    wasmSimd: supportsWasmSimd(globals.WebAssembly),
    broadcastChannel: typeof globals.BroadcastChannel === 'function',
  };
}

/** One notice per missing feature, saying what the node does without it. */
export function platformNotices(support: PlatformSupport): NodeNotice[] {
  const notices: NodeNotice[] = [];
  if (!support.moduleWorkers) notices.push(nodeNotice(NoticeCode.NoModuleWorkers));
  // Without module workers no kernel runs at all: the notice above says so, this one would only add noise.
  else if (!support.wasmSimd) notices.push(nodeNotice(NoticeCode.NoWasmSimd));
  if (!support.broadcastChannel) notices.push(nodeNotice(NoticeCode.NoBroadcastChannel));
  return notices;
}
