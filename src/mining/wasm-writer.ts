// Just enough of the WebAssembly binary format to emit one function over an imported memory: LEB128 numbers,
// sections, and the scalar and SIMD instructions the nonce search uses. No toolchain, no binary blob in the tree.

/** Value types, by their binary codes. */
export const ValueType = { I32: 0x7f, V128: 0x7b } as const;
export type ValueType = (typeof ValueType)[keyof typeof ValueType];

/** 128-bit SIMD instructions (prefix 0xfd), by their opcodes. */
export const SimdOp = {
  V128Load: 0x00,
  I32x4Splat: 0x11,
  I32x4Eq: 0x37,
  V128And: 0x4e,
  V128Or: 0x50,
  V128Xor: 0x51,
  /** (a, b, mask) → (a & mask) | (b & ~mask): SHA-256's Ch and Maj in one instruction each. */
  V128Bitselect: 0x52,
  V128AnyTrue: 0x53,
  I32x4Shl: 0xab,
  I32x4ShrU: 0xad,
  I32x4Add: 0xae,
} as const;
export type SimdOp = (typeof SimdOp)[keyof typeof SimdOp];

const Op = {
  Block: 0x02,
  Loop: 0x03,
  End: 0x0b,
  BrIf: 0x0d,
  LocalGet: 0x20,
  LocalSet: 0x21,
  I32Const: 0x41,
  I32LtU: 0x49,
  I32Add: 0x6a,
  SimdPrefix: 0xfd,
  V128Const: 0x0c,
  EmptyBlockType: 0x40,
  FunctionType: 0x60,
  MemoryImport: 0x02,
  FunctionExport: 0x00,
} as const;

const Section = { Type: 1, Import: 2, Function: 3, Export: 7, Code: 10 } as const;

export function unsignedLeb128(value: number): number[] {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new RangeError(`not a u32: ${value}`);
  const out: number[] = [];
  let rest = value;
  do {
    const low = rest & 0x7f;
    rest = Math.floor(rest / 128);
    out.push(rest === 0 ? low : low | 0x80);
  } while (rest !== 0);
  return out;
}

export function signedLeb128(value: number): number[] {
  if (!Number.isInteger(value) || value < -(2 ** 31) || value > 0xffffffff)
    throw new RangeError(`not an i32: ${value}`);
  const out: number[] = [];
  let rest = value | 0;
  for (;;) {
    const low = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (low & 0x40) === 0) || (rest === -1 && (low & 0x40) !== 0);
    out.push(done ? low : low | 0x80);
    if (done) return out;
  }
}

function name(text: string): number[] {
  const bytes = [...new TextEncoder().encode(text)];
  return [...unsignedLeb128(bytes.length), ...bytes];
}

function vector(items: readonly number[][]): number[] {
  return [...unsignedLeb128(items.length), ...items.flat()];
}

function section(id: number, content: readonly number[]): number[] {
  return [id, ...unsignedLeb128(content.length), ...content];
}

/** One function's body: declare locals, then append instructions; parameters are locals 0..n-1. */
export class FunctionWriter {
  private readonly code: number[] = [];
  private readonly locals: ValueType[] = [];

  constructor(readonly params: readonly ValueType[]) {}

  addLocal(type: ValueType): number {
    this.locals.push(type);
    return this.params.length + this.locals.length - 1;
  }

  localGet(index: number): this {
    return this.emit(Op.LocalGet, ...unsignedLeb128(index));
  }

  localSet(index: number): this {
    return this.emit(Op.LocalSet, ...unsignedLeb128(index));
  }

  i32Const(value: number): this {
    return this.emit(Op.I32Const, ...signedLeb128(value));
  }

  i32Add(): this {
    return this.emit(Op.I32Add);
  }

  i32LtU(): this {
    return this.emit(Op.I32LtU);
  }

  /** A v128 whose four 32-bit lanes all hold `value`. */
  v128Splat32(value: number): this {
    const lanes = new Uint8Array(16);
    const view = new DataView(lanes.buffer);
    for (let lane = 0; lane < 4; lane++) view.setInt32(lane * 4, value | 0, true);
    return this.emit(Op.SimdPrefix, ...unsignedLeb128(Op.V128Const), ...lanes);
  }

  /** Loads 16 bytes at `offset` of memory 0 (the address operand on the stack is added to it). */
  v128Load(offset: number): this {
    const alignLog2 = 4;
    return this.emit(Op.SimdPrefix, ...unsignedLeb128(SimdOp.V128Load), alignLog2, ...unsignedLeb128(offset));
  }

  simd(op: Exclude<SimdOp, typeof SimdOp.V128Load>): this {
    return this.emit(Op.SimdPrefix, ...unsignedLeb128(op));
  }

  block(): this {
    return this.emit(Op.Block, Op.EmptyBlockType);
  }

  loop(): this {
    return this.emit(Op.Loop, Op.EmptyBlockType);
  }

  end(): this {
    return this.emit(Op.End);
  }

  /** Branches to the enclosing block `depth` levels out (0 = innermost) if the i32 on the stack is not zero. */
  brIf(depth: number): this {
    return this.emit(Op.BrIf, ...unsignedLeb128(depth));
  }

  /** The function's code entry: local declarations, instructions and the final `end`. */
  encode(): number[] {
    // Locals are declared as runs of one type: (count, type) pairs.
    const runs: { count: number; type: ValueType }[] = [];
    for (const type of this.locals) {
      const last = runs[runs.length - 1];
      if (last?.type === type) last.count += 1;
      else runs.push({ count: 1, type });
    }
    const localDeclarations = vector(runs.map(({ count, type }) => [...unsignedLeb128(count), type]));
    const body = [...localDeclarations, ...this.code, Op.End];
    return [...unsignedLeb128(body.length), ...body];
  }

  private emit(...bytes: number[]): this {
    for (const byte of bytes) this.code.push(byte);
    return this;
  }
}

export type ModuleSpec = {
  readonly fn: FunctionWriter;
  readonly results: readonly ValueType[];
  readonly exportName: string;
  /** The memory the function reads, imported as `module.name`, with its minimum size in 64 KiB pages. */
  readonly memory: { readonly module: string; readonly name: string; readonly minPages: number };
};

/** A module holding one exported function over one imported memory. */
export function encodeModule(spec: ModuleSpec): Uint8Array<ArrayBuffer> {
  const functionType = [
    Op.FunctionType,
    ...vector(spec.fn.params.map((t) => [t])),
    ...vector(spec.results.map((t) => [t])),
  ];
  const memoryImport = [
    ...name(spec.memory.module),
    ...name(spec.memory.name),
    Op.MemoryImport,
    0x00, // limits: a minimum only
    ...unsignedLeb128(spec.memory.minPages),
  ];
  const typeIndex = 0;
  const functionIndex = 0;
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d], // "\0asm"
    ...[0x01, 0x00, 0x00, 0x00], // version 1
    ...section(Section.Type, vector([functionType])),
    ...section(Section.Import, vector([memoryImport])),
    ...section(Section.Function, vector([unsignedLeb128(typeIndex)])),
    ...section(Section.Export, vector([[...name(spec.exportName), Op.FunctionExport, functionIndex]])),
    ...section(Section.Code, vector([spec.fn.encode()])),
  ]);
}
