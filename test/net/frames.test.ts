// Framing: messages of any size survive the trip in 16 KiB frames; every way a frame can be wrong is named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FRAME_HEADER_BYTES,
  FrameAssembler,
  MAX_FRAME_BYTES,
  MAX_FRAME_PAYLOAD,
  toFrames,
} from '../../src/net/frames.ts';

function reassemble(frames: readonly Uint8Array[], limit = 1 << 24): Uint8Array[] {
  const assembler = new FrameAssembler(limit);
  const messages: Uint8Array[] = [];
  for (const frame of frames) {
    const result = assembler.accept(frame);
    if (result.kind === 'message') messages.push(result.bytes);
    else if (result.kind !== 'partial') throw new Error(`${result.kind}: ${result.detail}`);
  }
  return messages;
}

function frame(version: number, length: number, offset: number, payload: number): Uint8Array {
  const bytes = new Uint8Array(FRAME_HEADER_BYTES + payload);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, version);
  view.setUint32(1, length);
  view.setUint32(5, offset);
  return bytes;
}

describe('frames', () => {
  it('round-trip any message, in frames of at most 16 KiB', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 3 * MAX_FRAME_PAYLOAD + 5 }), { maxLength: 4 }),
        (messages) => {
          const frames = messages.flatMap(toFrames);
          for (const f of frames) expect(f.length).toBeLessThanOrEqual(MAX_FRAME_BYTES);
          expect(reassemble(frames)).toEqual(messages);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('split exactly at the payload size', () => {
    expect(toFrames(new Uint8Array(MAX_FRAME_PAYLOAD))).toHaveLength(1);
    expect(toFrames(new Uint8Array(MAX_FRAME_PAYLOAD + 1))).toHaveLength(2);
    expect(() => toFrames(new Uint8Array(0))).toThrow(RangeError);
  });

  it('accept an ArrayBuffer as a data channel delivers it', () => {
    const [only] = toFrames(new Uint8Array([1, 2, 3]));
    if (!only) throw new Error('one frame');
    const result = new FrameAssembler(100).accept(only.slice().buffer);
    expect(result).toEqual({ kind: 'message', bytes: new Uint8Array([1, 2, 3]) });
  });

  const BAD: ReadonlyArray<{ what: string; frames: unknown[]; kind: 'bad-frame' | 'oversized' }> = [
    { what: 'a string', frames: ['hello'], kind: 'bad-frame' },
    { what: 'an object', frames: [{ v: 1 }], kind: 'bad-frame' },
    { what: 'a header and no payload', frames: [frame(1, 4, 0, 0)], kind: 'bad-frame' },
    { what: 'another frame version', frames: [frame(2, 4, 0, 4)], kind: 'bad-frame' },
    { what: 'a first frame not at offset 0', frames: [frame(1, 8, 4, 4)], kind: 'bad-frame' },
    { what: 'a zero-length message', frames: [frame(1, 0, 0, 1)], kind: 'bad-frame' },
    { what: 'a payload past the end', frames: [frame(1, 4, 0, 8)], kind: 'bad-frame' },
    { what: 'a gap between frames', frames: [frame(1, 8, 0, 2), frame(1, 8, 4, 4)], kind: 'bad-frame' },
    { what: 'a changed length mid-message', frames: [frame(1, 8, 0, 4), frame(1, 9, 4, 4)], kind: 'bad-frame' },
    { what: 'a message over the limit', frames: [frame(1, 1001, 0, 4)], kind: 'oversized' },
    { what: 'a frame over 16 KiB', frames: [new Uint8Array(MAX_FRAME_BYTES + 1)], kind: 'oversized' },
  ];
  for (const { what, frames, kind } of BAD) {
    it(`reject ${what} as ${kind}`, () => {
      const assembler = new FrameAssembler(1000);
      const results = frames.map((f) => assembler.accept(f));
      expect(results.at(-1)?.kind).toBe(kind);
      // The assembler starts over: a good message right after is read.
      const [good] = toFrames(new Uint8Array([7]));
      expect(assembler.accept(good)).toEqual({ kind: 'message', bytes: new Uint8Array([7]) });
    });
  }

  it('allocate nothing for a message before its stated size passed the limit', () => {
    const assembler = new FrameAssembler(1000);
    assembler.accept(frame(1, 0xffffffff, 0, 4));
    expect(assembler.pendingBytes).toBe(0);
  });
});
