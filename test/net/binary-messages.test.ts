// The binary `blocks` answer: its layout byte for byte, every batch surviving encode/decode, and every way bytes
// can fail to be one refused with what is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockFromBytes, blockToJson, bytesToHex, encodeBlockBytes, hexToBytes } from '../../src/core/index.ts';
import {
  BLOCK_BYTES_FEATURE,
  decodeBinaryMessage,
  isBinaryMessage,
  wantsBlockBytes,
} from '../../src/net/binary-messages.ts';
import { decodeMessage, encodeMessage, MAX_BLOCKS_PER_MESSAGE } from '../../src/net/protocol.ts';
import { blocksOf, premadeChain } from './helpers.ts';

/** request 7, more, two blocks: [1, 2, 3] and [4]. */
const FIXTURE = '00' + '01' + '00000007' + '01' + '0002' + '00000003' + '010203' + '00000001' + '04';

describe('binary blocks messages', () => {
  it('lays a blocks answer out as docs/protocol.md says', () => {
    const body = {
      type: 'blocks',
      request: 7,
      more: true,
      blocks: [Uint8Array.of(1, 2, 3), Uint8Array.of(4)],
    } as const;
    expect(bytesToHex(encodeMessage(body))).toBe(FIXTURE);
    const decoded = decodeMessage(hexToBytes(FIXTURE));
    expect(decoded).toEqual({ ok: true, message: { v: 1, ...body } });
  });

  it('round-trips any batch of byte strings', () => {
    const batch = fc.record({
      request: fc.integer({ min: 0, max: 0xffffffff }),
      more: fc.boolean(),
      blocks: fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 20 }),
    });
    fc.assert(
      fc.property(batch, (fields) => {
        const encoded = encodeMessage({ type: 'blocks', ...fields });
        expect(isBinaryMessage(encoded)).toBe(true);
        expect(decodeMessage(encoded)).toEqual({ ok: true, message: { v: 1, type: 'blocks', ...fields } });
      }),
    );
  });

  it('carries real blocks, each read back by blockFromBytes with every hash computed', () => {
    const blocks = blocksOf(premadeChain(5));
    const encoded = encodeMessage({ type: 'blocks', request: 1, more: false, blocks: blocks.map(encodeBlockBytes) });
    const decoded = decodeMessage(encoded);
    if (!decoded.ok || decoded.message.type !== 'blocks') throw new Error('not a blocks message');
    const hashes = decoded.message.blocks.map((bytes) => {
      const block = blockFromBytes(bytes as Uint8Array);
      return block.ok ? block.value.hash : block.detail;
    });
    expect(hashes).toEqual(blocks.map((block) => block.hash));
    // The same answer in JSON is more than twice the size.
    const json = encodeMessage({ type: 'blocks', request: 1, more: false, blocks: blocks.map(blockToJson) });
    expect(encoded.length * 2).toBeLessThan(json.length);
  });

  it('writes an empty answer as JSON: nothing in it would be smaller in binary', () => {
    const encoded = encodeMessage({ type: 'blocks', request: 1, more: false, blocks: [] });
    expect(isBinaryMessage(encoded)).toBe(false);
    expect(decodeMessage(encoded).ok).toBe(true);
  });

  const INVALID: ReadonlyArray<readonly [string, string, RegExp]> = [
    ['an unknown kind', `0002${FIXTURE.slice(4)}`, /unknown binary message kind 2/],
    ['more as 2', `${FIXTURE.slice(0, 12)}02${FIXTURE.slice(14)}`, /more must be 0 or 1/],
    ['trailing bytes', `${FIXTURE}00`, /1 bytes after the end/],
    ['a block cut short', FIXTURE.slice(0, -2), /block 1 at byte \d+ runs past the end/],
    ['a count beyond the blocks', `${FIXTURE.slice(0, 14)}0003${FIXTURE.slice(18)}`, /block 2/],
    ['no header', '0001', /the request at byte 2 runs past the end/],
    [
      `${MAX_BLOCKS_PER_MESSAGE + 1} blocks`,
      `${FIXTURE.slice(0, 14)}${(MAX_BLOCKS_PER_MESSAGE + 1).toString(16).padStart(4, '0')}${FIXTURE.slice(18)}`,
      /501 blocks, more than 500/,
    ],
  ];
  for (const [what, hex, detail] of INVALID) {
    it(`refuses ${what}`, () => {
      const decoded = decodeBinaryMessage(hexToBytes(hex), MAX_BLOCKS_PER_MESSAGE);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.detail).toMatch(detail);
      // The codec every message goes through answers the same.
      expect(decodeMessage(hexToBytes(hex))).toEqual(decoded);
    });
  }

  it('is sent only to a peer whose status lists the feature', () => {
    const status = { v: 1, type: 'status', network: 'x', genesis: '', tip: '', height: 1, work: '1' } as const;
    expect(wantsBlockBytes(null)).toBe(false);
    expect(wantsBlockBytes(status)).toBe(false);
    expect(wantsBlockBytes({ ...status, features: ['later-feature'] })).toBe(false);
    expect(wantsBlockBytes({ ...status, features: ['later-feature', BLOCK_BYTES_FEATURE] })).toBe(true);
  });
});
