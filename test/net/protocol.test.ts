// The wire codec: every message type survives encode/decode; anything else is refused with the field named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex, utf8 } from '../../src/core/index.ts';
import {
  decodeMessage,
  encodeMessage,
  MAX_BLOCKS_PER_MESSAGE,
  MAX_FEATURES,
  MAX_LOCATOR_HASHES,
  MAX_PEERS_PER_MESSAGE,
  MAX_SESSION_BYTES,
  type MessageBody,
  MIN_SESSION_BYTES,
  maxBlockJsonBytes,
  maxMessageBytes,
} from '../../src/net/protocol.ts';
import { params } from '../core/helpers.ts';

const hash = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(bytesToHex);
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const peerId = fc.stringMatching(/^[A-Za-z0-9]{1,20}(-[A-Za-z0-9]{1,20})?$/);
const json = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);

const messageBody: fc.Arbitrary<MessageBody> = fc.oneof(
  fc.record(
    {
      type: fc.constant('status' as const),
      network: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      genesis: hash,
      tip: hash,
      height: fc.integer({ min: 1, max: 0xffffffff }),
      work: fc.bigInt({ min: 0n, max: 2n ** 280n }).map(String),
      // Optional: a node from before the field sends none.
      session: fc.uint8Array({ minLength: MIN_SESSION_BYTES, maxLength: MAX_SESSION_BYTES }).map(bytesToHex),
      features: fc.array(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10})?$/), { maxLength: MAX_FEATURES }),
    },
    { requiredKeys: ['type', 'network', 'genesis', 'tip', 'height', 'work'] },
  ),
  fc.record({ type: fc.constant('transaction' as const), transaction: json }),
  fc.record({ type: fc.constant('block' as const), block: json }),
  fc.record({
    type: fc.constant('get-blocks' as const),
    request: u32,
    locator: fc.array(hash, { minLength: 1, maxLength: MAX_LOCATOR_HASHES }),
    limit: fc.integer({ min: 1, max: MAX_BLOCKS_PER_MESSAGE }),
  }),
  fc.record({
    type: fc.constant('blocks' as const),
    request: u32,
    blocks: fc.array(json, { maxLength: 5 }),
    more: fc.boolean(),
  }),
  fc.record({ type: fc.constant('get-chain' as const), request: u32 }),
  fc
    .record({
      request: u32,
      length: fc.integer({ min: 5, max: 1000 }),
      blocks: fc.array(json, { minLength: 1, maxLength: 5 }),
    })
    .map(({ request, length, blocks }) => ({
      type: 'chain' as const,
      request,
      length,
      from: length - blocks.length + 1,
      blocks,
    })),
  fc.record({ type: fc.constant('peers' as const), peers: fc.array(peerId, { maxLength: MAX_PEERS_PER_MESSAGE }) }),
  fc.record({ type: fc.constant('ping' as const), nonce: u32 }),
  fc.record({ type: fc.constant('pong' as const), nonce: u32 }),
);

describe('protocol', () => {
  it('decodes whatever it encodes, as version 1', () => {
    fc.assert(
      fc.property(messageBody, (body) => {
        expect(decodeMessage(encodeMessage(body))).toEqual({ ok: true, message: { v: 1, ...body } });
      }),
    );
  });

  it('never throws on arbitrary bytes or JSON', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => typeof decodeMessage(bytes).ok === 'boolean'));
    fc.assert(fc.property(json, (value) => typeof decodeMessage(utf8(JSON.stringify(value))).ok === 'boolean'));
  });

  const h = 'a'.repeat(64);
  const INVALID: ReadonlyArray<[string, unknown, RegExp]> = [
    ['an array', [], /JSON object/],
    ['no version', { type: 'ping', nonce: 1 }, /version/],
    ['version 2', { v: 2, type: 'ping', nonce: 1 }, /version 2/],
    ['an unknown type', { v: 1, type: 'hello' }, /unknown message type/],
    ['an extra field', { v: 1, type: 'ping', nonce: 1, x: 1 }, /exactly the fields/],
    ['a missing field', { v: 1, type: 'pong' }, /exactly the fields/],
    ['a negative nonce', { v: 1, type: 'ping', nonce: -1 }, /nonce/],
    [
      'upper-case hex',
      { v: 1, type: 'status', network: 'x', genesis: h.toUpperCase(), tip: h, height: 1, work: '1' },
      /genesis/,
    ],
    ['work as a number', { v: 1, type: 'status', network: 'x', genesis: h, tip: h, height: 1, work: 1 }, /work/],
    [
      'work with a leading zero',
      { v: 1, type: 'status', network: 'x', genesis: h, tip: h, height: 1, work: '01' },
      /work/,
    ],
    ['height 0', { v: 1, type: 'status', network: 'x', genesis: h, tip: h, height: 0, work: '1' }, /height/],
    ['a bad room name', { v: 1, type: 'status', network: 'a b', genesis: h, tip: h, height: 1, work: '1' }, /network/],
    ...(
      [
        ['a session of 7 bytes', 'ab'.repeat(7)],
        ['a session of 33 bytes', 'ab'.repeat(33)],
        ['an upper-case session', 'AB'.repeat(16)],
        ['an odd-length session', 'a'.repeat(33)],
        ['a session as a number', 12345678],
        ['a null session', null],
      ] as const
    ).map(([what, session]): [string, unknown, RegExp] => [
      what,
      { v: 1, type: 'status', network: 'x', genesis: h, tip: h, height: 1, work: '1', session },
      /session/,
    ]),
    ...(
      [
        ['features as a string', 'block-bytes'],
        ['an upper-case feature', ['Block-Bytes']],
        ['a feature with a space', ['block bytes']],
        ['an empty feature', ['']],
        ['a feature of 33 characters', ['a'.repeat(33)]],
        ['17 features', Array(17).fill('a')],
      ] as const
    ).map(([what, features]): [string, unknown, RegExp] => [
      what,
      { v: 1, type: 'status', network: 'x', genesis: h, tip: h, height: 1, work: '1', features },
      /features/,
    ]),
    [
      'an unknown optional field',
      { v: 1, type: 'status', network: 'x', genesis: h, tip: h, height: 1, work: '1', sessions: 'ab'.repeat(16) },
      /exactly the fields .* \(and may have session, features\)/,
    ],
    ['an empty locator', { v: 1, type: 'get-blocks', request: 1, locator: [], limit: 1 }, /locator/],
    ['a long locator', { v: 1, type: 'get-blocks', request: 1, locator: Array(65).fill(h), limit: 1 }, /locator/],
    ['limit 0', { v: 1, type: 'get-blocks', request: 1, locator: [h], limit: 0 }, /limit/],
    ['501 blocks', { v: 1, type: 'blocks', request: 1, blocks: Array(501).fill(0), more: false }, /blocks/],
    ['more as a string', { v: 1, type: 'blocks', request: 1, blocks: [], more: 'no' }, /more/],
    ['an empty chain part', { v: 1, type: 'chain', request: 1, length: 3, from: 1, blocks: [] }, /blocks/],
    [
      'a chain part past length',
      { v: 1, type: 'chain', request: 1, length: 3, from: 3, blocks: [1, 2] },
      /past length/,
    ],
    ['a bad peer id', { v: 1, type: 'peers', peers: ['a b'] }, /peers/],
    ['33 peers', { v: 1, type: 'peers', peers: Array(33).fill('p') }, /peers/],
  ];
  for (const [what, value, detail] of INVALID) {
    it(`refuses ${what}`, () => {
      const decoded = decodeMessage(utf8(JSON.stringify(value)));
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.detail).toMatch(detail);
    });
  }

  it('refuses bytes that are not UTF-8 JSON', () => {
    expect(decodeMessage(new Uint8Array([0xff, 0xfe]))).toEqual({ ok: false, detail: 'not UTF-8 JSON' });
    expect(decodeMessage(utf8('{"v":1,'))).toEqual({ ok: false, detail: 'not UTF-8 JSON' });
  });

  it('sizes the message limit to fit the largest block the rules allow, and at least 1 MiB', () => {
    expect(maxMessageBytes(params)).toBe(1024 * 1024);
    const wide = { ...params, maxTransactionsPerBlock: 500, maxInfoBytes: 512 };
    expect(maxMessageBytes(wide)).toBeGreaterThan(maxBlockJsonBytes(wide));
    expect(maxBlockJsonBytes(wide)).toBeGreaterThan(500 * 6 * 512);
  });
});
