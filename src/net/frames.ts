// Framing: one protocol message (UTF-8 JSON) split into data-channel frames of at most 16 KiB, and put back
// together with its size checked before a byte of it is kept.
//
// Frame layout (big-endian):
//
//   offset  size  field
//   0       1     FRAME_VERSION (1)
//   1       4     message length: bytes of the whole message, 1 .. the receiver's message limit
//   5       4     payload offset: where this frame's payload starts inside the message
//   9       ...   payload: 1 .. MAX_FRAME_PAYLOAD bytes
//
// Frames of one message are sent back to back on an ordered, reliable channel, so a receiver holds at most one
// partial message per peer: the first frame has offset 0, each next one starts where the last ended, and the
// message is complete when offset + payload length equals the message length.

/** Every browser delivers a 16 KiB data-channel message whole (Firefox to Chrome used to cut larger ones there). */
export const MAX_FRAME_BYTES = 16 * 1024;
export const FRAME_VERSION = 1;

const VERSION_OFFSET = 0;
const MESSAGE_LENGTH_OFFSET = 1;
const PAYLOAD_OFFSET_OFFSET = 5;
export const FRAME_HEADER_BYTES = 9;
export const MAX_FRAME_PAYLOAD = MAX_FRAME_BYTES - FRAME_HEADER_BYTES;

/** Splits an encoded message into frames; throws RangeError on an empty message (a programmer error). */
export function toFrames(message: Uint8Array): Uint8Array[] {
  if (message.length === 0) throw new RangeError('a message has at least one byte');
  if (message.length > 0xffffffff) throw new RangeError(`a message of ${message.length} bytes does not fit u32`);
  const frames: Uint8Array[] = [];
  for (let start = 0; start < message.length; start += MAX_FRAME_PAYLOAD) {
    const payload = message.subarray(start, Math.min(message.length, start + MAX_FRAME_PAYLOAD));
    const frame = new Uint8Array(FRAME_HEADER_BYTES + payload.length);
    const view = new DataView(frame.buffer);
    view.setUint8(VERSION_OFFSET, FRAME_VERSION);
    view.setUint32(MESSAGE_LENGTH_OFFSET, message.length);
    view.setUint32(PAYLOAD_OFFSET_OFFSET, start);
    frame.set(payload, FRAME_HEADER_BYTES);
    frames.push(frame);
  }
  return frames;
}

/** What one incoming frame amounts to. A bad frame means the stream can no longer be followed. */
export type FrameResult =
  | { readonly kind: 'message'; readonly bytes: Uint8Array }
  | { readonly kind: 'partial' }
  | { readonly kind: 'bad-frame'; readonly detail: string }
  | { readonly kind: 'oversized'; readonly detail: string };

/** Narrows what a data channel delivered (anything: a string, a Blob, an ArrayBuffer) to bytes. */
function asBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return null;
}

/** Reassembles one peer's frames. The message buffer is allocated only once its stated size passed the limit. */
export class FrameAssembler {
  private buffer: Uint8Array | null = null;
  private received = 0;

  constructor(private readonly maxMessageBytes: number) {}

  /** Bytes held for a message still arriving. */
  get pendingBytes(): number {
    return this.received;
  }

  accept(data: unknown): FrameResult {
    const frame = asBytes(data);
    if (frame === null) return this.bad(`a frame is binary, got ${typeof data}`);
    if (frame.length > MAX_FRAME_BYTES) {
      return this.fail('oversized', `a frame of ${frame.length} bytes exceeds ${MAX_FRAME_BYTES}`);
    }
    if (frame.length <= FRAME_HEADER_BYTES) return this.bad(`a frame of ${frame.length} bytes has no payload`);
    const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
    const version = view.getUint8(VERSION_OFFSET);
    if (version !== FRAME_VERSION) return this.bad(`frame version ${version}, expected ${FRAME_VERSION}`);
    const messageLength = view.getUint32(MESSAGE_LENGTH_OFFSET);
    const offset = view.getUint32(PAYLOAD_OFFSET_OFFSET);
    const payload = frame.subarray(FRAME_HEADER_BYTES);
    if (messageLength > this.maxMessageBytes) {
      return this.fail('oversized', `a message of ${messageLength} bytes exceeds ${this.maxMessageBytes}`);
    }
    if (this.buffer === null) {
      if (offset !== 0) return this.bad(`a message must start at offset 0, not ${offset}`);
      if (messageLength === 0) return this.bad('a message has at least one byte');
      this.buffer = new Uint8Array(messageLength);
    } else if (messageLength !== this.buffer.length || offset !== this.received) {
      return this.bad(
        `frame at ${offset} of ${messageLength} does not continue ${this.received} of ${this.buffer.length}`,
      );
    }
    if (offset + payload.length > messageLength) return this.bad('frame payload runs past the message end');
    this.buffer.set(payload, offset);
    this.received += payload.length;
    if (this.received < messageLength) return { kind: 'partial' };
    const bytes = this.buffer;
    this.reset();
    return { kind: 'message', bytes };
  }

  private bad(detail: string): FrameResult {
    return this.fail('bad-frame', detail);
  }

  private fail(kind: 'bad-frame' | 'oversized', detail: string): FrameResult {
    this.reset();
    return { kind, detail };
  }

  private reset(): void {
    this.buffer = null;
    this.received = 0;
  }
}
