// Feature detection of module workers, WebAssembly SIMD and BroadcastChannel, and the notices a browser without
// them gets (docs/browsers.md): probed with stand-ins for each global, and WebAssembly with Node's own.
import { describe, expect, it } from 'vitest';
import {
  type PlatformSupport,
  platformNotices,
  probePlatform,
  supportsModuleWorkers,
  supportsWasmSimd,
} from '../../src/node/capabilities.ts';
import { NoticeCode } from '../../src/node/notices.ts';

/** A Worker that reads its options as WebIDL does (`type` last), and records every worker it started. */
function workerClass(readsType: boolean) {
  const started: string[] = [];
  const terminated: string[] = [];
  class FakeWorker {
    constructor(
      readonly url: string,
      options: { type?: string } = {},
    ) {
      if (readsType) void options.type;
      started.push(url);
    }
    terminate() {
      terminated.push(this.url);
    }
  }
  return { FakeWorker, started, terminated };
}

const ALL: PlatformSupport = { moduleWorkers: true, wasmSimd: true, broadcastChannel: true };

describe('supportsModuleWorkers', () => {
  it('is true where the constructor reads `type`, and then no worker starts', () => {
    const { FakeWorker, started } = workerClass(true);
    expect(supportsModuleWorkers(FakeWorker)).toBe(true);
    expect(started).toEqual([]);
  });

  it('is false where `type` is ignored, and the classic worker it made is ended', () => {
    const { FakeWorker, started, terminated } = workerClass(false);
    expect(supportsModuleWorkers(FakeWorker)).toBe(false);
    expect(started).toEqual(['data:,']);
    expect(terminated).toEqual(['data:,']);
  });

  it('is false with no Worker at all', () => {
    expect(supportsModuleWorkers(undefined)).toBe(false);
  });
});

describe('supportsWasmSimd', () => {
  it("validates the probe with Node's WebAssembly, which has SIMD", () => {
    expect(supportsWasmSimd(WebAssembly)).toBe(true);
  });

  it('is false where the module does not validate, validation throws, or there is no WebAssembly', () => {
    expect(supportsWasmSimd({ validate: () => false })).toBe(false);
    expect(
      supportsWasmSimd({
        validate: () => {
          throw new Error('disabled');
        },
      }),
    ).toBe(false);
    expect(supportsWasmSimd(undefined)).toBe(false);
  });
});

describe('probePlatform', () => {
  it('reads each feature from the globals it is given', () => {
    const { FakeWorker } = workerClass(true);
    expect(probePlatform({ Worker: FakeWorker, WebAssembly, BroadcastChannel: class {} })).toEqual(ALL);
    expect(probePlatform({})).toEqual({ moduleWorkers: false, wasmSimd: false, broadcastChannel: false });
  });
});

describe('platformNotices', () => {
  it('says nothing where everything is there', () => {
    expect(platformNotices(ALL)).toEqual([]);
  });

  it('names each missing feature once', () => {
    const codes = (support: Partial<PlatformSupport>) =>
      platformNotices({ ...ALL, ...support }).map((notice) => notice.code);
    expect(codes({ wasmSimd: false })).toEqual([NoticeCode.NoWasmSimd]);
    expect(codes({ broadcastChannel: false })).toEqual([NoticeCode.NoBroadcastChannel]);
    // No workers means no miner at all: the slower kernel is not worth a second notice.
    expect(codes({ moduleWorkers: false, wasmSimd: false })).toEqual([NoticeCode.NoModuleWorkers]);
  });
});
