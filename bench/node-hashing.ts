// Hash rates in this Node process, one core each: the miner's kernels, native SHA-256 and the seed's JSON mining,
// all on the bench template's 92-byte header (or its JSON).
import { createHash } from 'node:crypto';
import { NONCE_OFFSET } from '../src/core/index.ts';
import { createNonceSearcher, KernelName } from '../src/mining/nonce-searcher.ts';
import { benchTemplate, benchTemplateJson, seedStyleRate, UNREACHABLE_DIFFICULTY } from './fixtures.ts';
import { type Measured, megahashes, repeat, type Suite, type SuiteContext } from './registry.ts';

const now = () => performance.now();
/** Searched per call: ~10 ms at the SIMD kernel's rate, as a worker's chunk. */
const CHUNK = 65_536;

/** Runs `hashSome()` (which hashes `CHUNK` nonces) for about `ms`; hashes per second. */
function rateOver(ms: number, hashSome: () => void): number {
  const started = now();
  let hashed = 0;
  while (now() - started < ms) {
    hashSome();
    hashed += CHUNK;
  }
  return (hashed / (now() - started)) * 1000;
}

function kernelRate(kernel: KernelName, ms: number): number {
  const searcher = createNonceSearcher(benchTemplate(UNREACHABLE_DIFFICULTY).header, kernel);
  if (searcher.kernel !== kernel) throw new Error(`kernel ${kernel} is unavailable in this Node`);
  let low = 0;
  return rateOver(ms, () => {
    if (searcher.search(0, low, CHUNK, UNREACHABLE_DIFFICULTY) >= 0)
      throw new Error('an unreachable difficulty was met');
    low += CHUNK;
  });
}

/** node:crypto, one createHash per nonce over the same header with the nonce written in, as a naive miner would. */
function nativeRate(ms: number): number {
  const header = Uint8Array.from(benchTemplate(UNREACHABLE_DIFFICULTY).header);
  const view = new DataView(header.buffer);
  let low = 0;
  return rateOver(ms, () => {
    for (let i = 0; i < CHUNK; i++, low++) {
      view.setUint32(NONCE_OFFSET + 4, low);
      const digest = createHash('sha256').update(header).digest();
      if (digest.readUInt32BE(0) === 0 && digest.readUInt32BE(4) === 0)
        throw new Error('an unreachable difficulty was met');
    }
  });
}

/**
 * node:crypto over one large buffer, counted in 64-byte compressions per second: the ceiling of a native miner that
 * keeps a midstate and does one compression per nonce (SHA-NI here). Not a per-nonce loop: the buffer is the work.
 */
function nativeCompressionRate(ms: number): number {
  const buffer = new Uint8Array(CHUNK * 64);
  return rateOver(ms, () => {
    createHash('sha256').update(buffer).digest();
  });
}

async function measure(context: SuiteContext): Promise<Measured[]> {
  const runs = context.quick ? 2 : 5;
  const ms = context.quick ? 250 : 1000;
  const figure = async (id: string, description: string, rate: (ms: number) => number): Promise<Measured> => {
    rate(300); // warm-up: JIT tiers and the module compile
    const values = await repeat(runs, () => megahashes(rate(ms)));
    context.log(`${id}: ${values.join(' ')} MH/s`);
    return { id, unit: 'MH/s', description, runs: values };
  };
  const json = benchTemplateJson();
  return [
    await figure('hashrate_kernel_node_mhs', "the miner's kernel (WebAssembly SIMD, 4 lanes) in Node, one core", (t) =>
      kernelRate(KernelName.WasmSimd, t),
    ),
    await figure('hashrate_kernel_js_node_mhs', "the core's JS kernel (midstate, precomputed chunk two) in Node", (t) =>
      kernelRate(KernelName.Js, t),
    ),
    await figure(
      'hashrate_native_mhs',
      'node:crypto createHash("sha256") per nonce on the same 92-byte header',
      nativeRate,
    ),
    await figure(
      'hashrate_native_compressions_mhs',
      "node:crypto over a 4 MiB buffer, in 64-byte compressions: a native midstate miner's ceiling",
      nativeCompressionRate,
    ),
    await figure(
      'hashrate_seed_style_mhs',
      'the seed: JSON.stringify(block with proof), @noble/hashes sha256, hex',
      (t) => seedStyleRate(json, t, now),
    ),
  ];
}

export const nodeHashingSuite: Suite = { id: 'node-hashing', where: 'node', run: measure };
