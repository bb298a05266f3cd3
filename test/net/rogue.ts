// A hostile peer for tests: it speaks the wire protocol by hand (or not at all) over the memory transport, so a
// test can send a node exactly the bytes it wants and answer its requests with whatever it likes.
import { type Blockchain, blockToJson } from '../../src/core/index.ts';
import { FrameAssembler, toFrames } from '../../src/net/frames.ts';
import { decodeMessage, encodeMessage, type Message, type MessageBody } from '../../src/net/protocol.ts';
import { type MemoryHub, MemoryLink, type MemoryTransport } from './memory-transport.ts';

type Handler = (message: Message) => void;

export class RoguePeer {
  readonly transport: MemoryTransport;
  readonly received: Message[] = [];
  link: MemoryLink | null = null;
  closed = false;
  private readonly handlers = new Map<string, Handler>();
  private readonly assembler = new FrameAssembler(64 * 1024 * 1024);

  constructor(
    private readonly hub: MemoryHub,
    readonly peerId: string,
  ) {
    this.transport = hub.create(peerId);
    this.transport.listen({
      onOpen: (link) => {
        if (link instanceof MemoryLink) this.link = link;
      },
      onMessage: (_link, data) => {
        const frame = this.assembler.accept(data);
        if (frame.kind !== 'message') return;
        const decoded = decodeMessage(frame.bytes);
        if (!decoded.ok) return;
        this.received.push(decoded.message);
        this.handlers.get(decoded.message.type)?.(decoded.message);
      },
      onClose: () => {
        this.closed = true;
      },
      onDialFailed: () => {
        this.closed = true;
      },
    });
  }

  /** Dials the victim and waits for the link to open. */
  async connect(victimId: string): Promise<void> {
    this.transport.dial(victimId);
    await this.hub.settle();
    if (this.link === null) throw new Error(`rogue ${this.peerId} could not reach ${victimId}`);
  }

  /** Answers every message of a type with what `handler` does. */
  on(type: Message['type'], handler: Handler): void {
    this.handlers.set(type, handler);
  }

  send(body: MessageBody): void {
    for (const frame of toFrames(encodeMessage(body))) this.sendRaw(frame);
  }

  /** Bytes (or anything else) straight onto the channel, no framing. */
  sendRaw(data: unknown): void {
    if (this.link === null) throw new Error('connect() first');
    this.link.sendAnything(data);
  }

  /** A truthful status for `chain`, or one claiming another genesis. */
  sendStatus(chain: Blockchain, genesis = chain.genesis.hash): void {
    this.send({
      type: 'status',
      network: chain.params.name,
      genesis,
      tip: chain.tip.hash,
      height: chain.height,
      work: chain.totalWork.toString(),
    });
  }

  /** Answers get-chain with `chainJson` (any shape), in one part. */
  answerGetChainWith(chainJson: { readonly chain: readonly unknown[]; readonly length: number }): void {
    this.on('get-chain', (message) => {
      if (message.type !== 'get-chain') return;
      this.send({
        type: 'chain',
        request: message.request,
        length: chainJson.length,
        from: 1,
        blocks: chainJson.chain,
      });
    });
  }

  /** Answers get-chain with a real chain's main chain. */
  answerGetChainWithChain(chain: Blockchain): void {
    const blocks = chain.mainChain().map(blockToJson);
    this.answerGetChainWith({ chain: blocks, length: blocks.length });
  }
}
