import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeModule, FunctionWriter, signedLeb128, unsignedLeb128, ValueType } from '../../src/mining/wasm-writer.ts';

function decodeUnsigned(bytes: number[]): number {
  let value = 0;
  for (const [i, byte] of bytes.entries()) value += (byte & 0x7f) * 2 ** (7 * i);
  return value;
}

function decodeSigned(bytes: number[]): number {
  const unsigned = decodeUnsigned(bytes);
  const bits = 7 * bytes.length;
  const last = bytes[bytes.length - 1] as number;
  return (last & 0x40) !== 0 ? unsigned - 2 ** bits : unsigned;
}

describe('wasm writer', () => {
  it('LEB128 round-trips every u32 and every i32, ending exactly at the last byte', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
        const bytes = unsignedLeb128(n);
        expect(decodeUnsigned(bytes)).toBe(n);
        expect(bytes.slice(0, -1).every((b) => b >= 0x80)).toBe(true);
        expect(bytes[bytes.length - 1]).toBeLessThan(0x80);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (n) => {
        expect(decodeSigned(signedLeb128(n))).toBe(n);
      }),
    );
  });

  it('rejects numbers outside 32 bits', () => {
    expect(() => unsignedLeb128(-1)).toThrow(RangeError);
    expect(() => unsignedLeb128(2 ** 32)).toThrow(RangeError);
    expect(() => signedLeb128(1.5)).toThrow(RangeError);
  });

  it('encodes a module WebAssembly runs: a loop summing 1..n', () => {
    const fn = new FunctionWriter([ValueType.I32]);
    const n = 0;
    const sum = fn.addLocal(ValueType.I32);
    fn.block().loop();
    fn.localGet(sum).localGet(n).i32Add().localSet(sum);
    fn.localGet(n).i32Const(-1).i32Add().localSet(n);
    fn.i32Const(0).localGet(n).i32LtU().brIf(0);
    fn.end().end();
    fn.localGet(sum);
    const bytes = encodeModule({
      fn,
      results: [ValueType.I32],
      exportName: 'sum',
      memory: { module: 'env', name: 'memory', minPages: 1 },
    });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
      env: { memory: new WebAssembly.Memory({ initial: 1 }) },
    });
    const run = instance.exports.sum as (n: number) => number;
    expect(run(10)).toBe(55);
    expect(run(1000)).toBe(500_500);
  });
});
