// The binary form of a `blocks` answer: the same message as its JSON form, with each block in the chain format's
// block bytes (docs/chain-format.md) instead of BlockJson. A sync is mostly blocks, and in JSON each one is parsed,
// then its hex turned back into bytes; here it is read straight from the frame it came in, at about half the size.
//
// Layout (big-endian):
//
//   offset  size  field
//   0       1     BINARY_MESSAGE_MARKER (0): a JSON message starts with '{' (0x7b), so one byte tells the two apart
//   1       1     kind: BinaryKind.Blocks (1)
//   2       4     request (u32)
//   6       1     more: 0 or 1
//   7       2     count: 0 .. MAX_BLOCKS_PER_MESSAGE
//   9       ...   count times: a u32 length, then that many bytes of one block (blockFromBytes reads them)
//
// Only a peer that listed BLOCK_BYTES_FEATURE in its status is sent one; any peer's is read.
import { ByteReadError, ByteReader, ByteWriter } from '../core/index.ts';
import type { BlocksMessage, Decoded, StatusMessage } from './protocol.ts';

export const BINARY_MESSAGE_MARKER = 0;
export const BinaryKind = { Blocks: 1 } as const;
/** The status feature that asks for `blocks` answers in this form. */
export const BLOCK_BYTES_FEATURE = 'block-bytes';

const HEADER_BYTES = 9;

/** True when a peer's status asks for `blocks` answers in binary. */
export function wantsBlockBytes(status: StatusMessage | null): boolean {
  return status?.features?.includes(BLOCK_BYTES_FEATURE) === true;
}

/** True when these bytes are a binary message rather than JSON. */
export function isBinaryMessage(bytes: Uint8Array): boolean {
  return bytes[0] === BINARY_MESSAGE_MARKER;
}

/** A blocks answer whose blocks are all byte arrays: the form encodeBlocksBinary writes. */
export type BinaryBlocks = Omit<BlocksMessage, 'v' | 'blocks'> & { readonly blocks: readonly Uint8Array[] };

export function isBinaryBlocks(body: { readonly type: string; readonly blocks?: unknown }): body is BinaryBlocks {
  if (body.type !== 'blocks' || !Array.isArray(body.blocks) || body.blocks.length === 0) return false;
  return body.blocks.every((block) => block instanceof Uint8Array);
}

export function encodeBlocksBinary(message: BinaryBlocks): Uint8Array {
  let size = HEADER_BYTES;
  for (const block of message.blocks) size += 4 + block.length;
  const writer = new ByteWriter(size)
    .u8(BINARY_MESSAGE_MARKER)
    .u8(BinaryKind.Blocks)
    .u32(message.request)
    .u8(message.more ? 1 : 0)
    .u16(message.blocks.length);
  for (const block of message.blocks) writer.u32(block.length).bytes(block);
  return writer.take();
}

/**
 * A binary message to the typed message it stands for, or why it is not one. Each block is a view of `bytes`, not
 * a copy: it is checked later, block by block, as a block from a peer is (a block that does not decode is charged
 * as an invalid one; the message around it is sound).
 */
export function decodeBinaryMessage(bytes: Uint8Array, maxBlocks: number): Decoded {
  try {
    const reader = new ByteReader(bytes);
    reader.skip(1, 'the marker');
    const kind = reader.u8('the kind');
    if (kind !== BinaryKind.Blocks) return { ok: false, detail: `unknown binary message kind ${kind}` };
    const request = reader.u32('the request');
    const more = reader.u8('more');
    if (more > 1) return { ok: false, detail: `blocks: more must be 0 or 1, not ${more}` };
    const count = reader.u16('the count');
    if (count > maxBlocks) return { ok: false, detail: `blocks: ${count} blocks, more than ${maxBlocks}` };
    const blocks: Uint8Array[] = [];
    for (let i = 0; i < count; i++) blocks.push(reader.bytes(reader.u32(`block ${i}`), `block ${i}`));
    reader.end('the blocks message');
    return { ok: true, message: { v: 1, type: 'blocks', request, blocks, more: more === 1 } };
  } catch (error) {
    if (error instanceof ByteReadError) return { ok: false, detail: `blocks: ${error.message}` };
    throw error;
  }
}
