// Picks the nonce search a thread runs: WebAssembly SIMD where it compiles (4x the core's JS loop, measured),
// else the core's portable JS kernel. Both answer exactly as `HeaderHasher.search` does.
import { HeaderHasher } from '../core/sha256-kernel.ts';
import { SimdNonceSearch, simdSearchModule } from './sha256-simd.ts';

export const KernelName = { WasmSimd: 'wasm-simd', Js: 'js' } as const;
export type KernelName = (typeof KernelName)[keyof typeof KernelName];

export type NonceSearcher = {
  readonly kernel: KernelName;
  /** Tries `count` low nonces from `startLow` under one high word; the first that meets `difficulty`, or -1. */
  search(nonceHigh: number, startLow: number, count: number, difficulty: number): number;
};

/** The fastest kernel this thread can run. */
export function bestKernel(): KernelName {
  return simdSearchModule() === null ? KernelName.Js : KernelName.WasmSimd;
}

/** A searcher over one template's header; `kernel` forces one (benchmarks, tests), falling back to JS. */
export function createNonceSearcher(header: Uint8Array, kernel: KernelName = bestKernel()): NonceSearcher {
  const module = kernel === KernelName.WasmSimd ? simdSearchModule() : null;
  if (module !== null) {
    const simd = new SimdNonceSearch(module, header);
    return {
      kernel: KernelName.WasmSimd,
      search: (high, low, count, difficulty) => simd.search(high, low, count, difficulty),
    };
  }
  const hasher = new HeaderHasher(header);
  return {
    kernel: KernelName.Js,
    search: (high, low, count, difficulty) => hasher.search(high, low, count, difficulty),
  };
}
