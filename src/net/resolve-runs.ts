// The seed's /nodes/resolve over every ready peer: one run at a time, shared by the calls made while it runs, each
// peer's whole chain fetched in turn (chain-transfer.ts) within one deadline for the whole run.
import { type ResolveOutcome, resolveWith } from './chain-transfer.ts';
import type { DispatchContext } from './context.ts';
import type { PeerSession } from './peer-session.ts';

export type ResolveResult = { readonly replaced: boolean; readonly length: number };

export class ResolveRuns {
  private running: Promise<ResolveResult> | null = null;

  constructor(
    private readonly context: DispatchContext,
    /** The peers a run asks, read when it starts. */
    private readonly readyPeers: () => Iterable<PeerSession>,
    /** Told how each peer's part ended. */
    private readonly report: (outcome: ResolveOutcome) => void,
  ) {}

  /** The run going on, or a new one when none is. */
  run(): Promise<ResolveResult> {
    this.running ??= this.askEveryPeer().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async askEveryPeer(): Promise<ResolveResult> {
    const { node, clock, config } = this.context;
    const tipBefore = node.chain.tip.hash;
    // One deadline for the whole run: each peer's chain gets what is left of it, so a run always settles.
    const until = clock.now() + config.resolveDeadlineMs;
    for (const session of [...this.readyPeers()]) {
      this.report(await resolveWith(this.context, session, until - clock.now()));
    }
    return { replaced: node.chain.tip.hash !== tipBefore, length: node.chain.height };
  }
}
