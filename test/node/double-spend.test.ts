import { describe, expect, it } from 'vitest';
import { type Block, RejectCode } from '../../src/core/index.ts';
import type { RoomReport } from '../../src/net/network.ts';
import { toRoomPeerId } from '../../src/net/room.ts';
import { type AttackHost, DoubleSpendAttack } from '../../src/node/double-spend.ts';
import type { FullNodeEvent } from '../../src/node/events.ts';
import { FailureCode, succeeded } from '../../src/node/failures.ts';
import type { BlockchainNode } from '../../src/node/node.ts';
import { NOW } from '../core/helpers.ts';
import { openChainNode, succeededWith } from './fakes.ts';

/** Every block one node has and the other lacks, parents first, offered as a peer's. */
function share(from: BlockchainNode, to: BlockchainNode): void {
  const missing = from.chain.knownBlocks().filter((block: Block) => !to.chain.hasBlock(block.hash));
  for (const block of missing.sort((a, b) => a.index - b.index)) to.acceptBlock(block, 'peer');
}

function report(node: string, hashRate: number, self: boolean): RoomReport {
  return {
    node,
    at: 0,
    height: 1,
    tip: '',
    work: '1',
    peers: 1,
    hops: 0,
    receivedAt: 0,
    stale: false,
    self,
    role: 'miner',
    mining: true,
    hashRate,
  };
}

/** A node's id in the room, as a network names it. */
const peerIdOf = (node: BlockchainNode) => toRoomPeerId(node.id, node.chain.genesis.hash) ?? node.id;

type Member = { readonly node: BlockchainNode; readonly peerId: string; online: boolean; keep: readonly string[] };

/**
 * A room of chain nodes wired by hand, as a network would: a block or transaction a node takes is offered at once
 * to every node it is linked to. Two nodes are linked while each is online or keeps a link to the other (a group
 * gone dark together); a resolve offers every block across every link.
 */
class MemoryRoom {
  readonly members: Member[] = [];

  /** `sleep` is the nodes' wait: instant unless a test needs time to pass while a lesson waits. */
  constructor(private readonly sleep: (ms: number) => Promise<void> = async () => {}) {}

  async join(name: string): Promise<{ node: BlockchainNode; host: AttackHost; attack: DoubleSpendAttack }> {
    const node = await openChainNode(name);
    const member: Member = { node, peerId: peerIdOf(node), online: true, keep: [] };
    this.members.push(member);
    node.subscribe((event) => {
      if (event.type === 'block') for (const peer of this.linked(member)) peer.node.acceptBlock(event.block, 'peer');
      if (event.type === 'transaction') {
        for (const peer of this.linked(member)) peer.node.acceptTransaction(event.transaction, 'peer');
      }
    });
    const listeners = new Set<(event: FullNodeEvent) => void>();
    node.subscribe((event) => {
      for (const listener of listeners) listener(event);
    });
    const host: AttackHost = {
      node,
      setOnline: (on, keepLinksTo) => {
        member.online = on;
        member.keep = on ? [] : keepLinksTo;
        return succeeded(on);
      },
      resolve: async () => {
        for (const peer of this.linked(member)) {
          share(peer.node, node);
          share(node, peer.node);
        }
      },
      roomReports: () => this.members.map((m) => report(m.peerId, 300, m === member)),
      linkedPeers: () => this.linked(member).map((peer) => peer.peerId),
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      now: () => NOW,
      sleep: this.sleep,
    };
    return { node, host, attack: new DoubleSpendAttack(host) };
  }

  private linked(member: Member): Member[] {
    const allows = (a: Member, b: Member) => a.online || a.keep.includes(b.peerId);
    return this.members.filter((other) => other !== member && allows(member, other) && allows(other, member));
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 2_000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  expect(condition()).toBe(true);
}

/** The attacker earns coins, pays the victim, and the victim's side confirms the payment. */
async function paidAndConfirmed(more: readonly string[] = [], room = new MemoryRoom()) {
  const { node: attacker, attack } = await room.join('attacker');
  const { node: victim } = await room.join('victim');
  const others = await Promise.all(more.map((name) => room.join(name)));
  const victimEvents: FullNodeEvent[] = [];
  victim.subscribe((event) => victimEvents.push(event));
  succeededWith(await attacker.mine());
  succeededWith(await attacker.mine());
  const paid = succeededWith(await attack.pay({ recipient: victim.address }));
  expect(paid.stage).toBe('paid');
  expect(paid.payment?.amount).toBe(100);
  succeededWith(await victim.mine());
  expect(attack.state().payment).toMatchObject({ place: 'in-block', confirmations: 1 });
  expect(victim.balance()).toBe(150);
  const isOnline = () => room.members[0]?.online === true;
  return { attacker, victim, attack, victimEvents, isOnline, others };
}

describe('the 51% lesson (DoubleSpendAttack)', () => {
  it('with more work, the private branch undoes the payment everywhere, as a double spend', async () => {
    const { attacker, victim, attack, victimEvents, isOnline } = await paidAndConfirmed();
    const fork = attacker.chain.height - 1;
    const dark = succeededWith(attack.goDark({ blocks: 3 }));
    expect(isOnline()).toBe(false);
    expect(dark).toMatchObject({ stage: 'dark', fork: { height: fork }, target: 3 });
    expect(dark.share).toBeCloseTo(1 / 2);
    await until(() => attack.state().stage === 'done');
    const { verdict, payment, loot } = attack.state();
    expect(verdict).toMatchObject({ outcome: 'succeeded', privateBlocks: 3, publicBlocks: 1, paymentConfirmations: 0 });
    // The room found no block while the attacker was dark: the race gave it every block.
    expect(verdict?.share).toBe(1);
    expect(isOnline()).toBe(true);
    // One chain in the room, the attacker's: the same coins went to its new wallet, with every private reward.
    expect(victim.chain.tip.hash).toBe(attacker.chain.tip.hash);
    expect(victim.chain.hasTransaction(payment?.txid ?? '')).toBe(false);
    expect(victim.mempool.has(payment?.txid ?? '')).toBe(false);
    expect(victim.balance()).toBe(0);
    expect(attacker.balance()).toBe(0);
    expect(victim.balance(loot ?? '')).toBe(100 + 3 * 50);
    const dropped = victimEvents.flatMap((event) => (event.type === 'dropped' ? event.transactions : []));
    expect(dropped.map(({ transaction, code }) => [transaction.txid, code])).toEqual([
      [payment?.txid, RejectCode.Overspend],
    ]);
    expect(attacker.branchPlan).toBeNull();
  });

  it('keeps mining its branch while it rejoins, as the room keeps mining its own, and stops at the verdict', async () => {
    // The lesson's waits (for links, for the branches to settle) take real time here: the side races on through them.
    const settling = new MemoryRoom((ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 40))));
    const { attacker, attack } = await paidAndConfirmed([], settling);
    succeededWith(attack.goDark({ blocks: 2 }));
    await until(() => attack.state().stage === 'rejoining');
    expect(attacker.isAutoMining).toBe(true);
    await until(() => attack.state().stage === 'done');
    const { verdict } = attack.state();
    expect(verdict?.outcome).toBe('succeeded');
    expect(verdict?.privateBlocks).toBeGreaterThan(2);
    expect(verdict?.privateBlocks).toBe(attack.state().privateBlocks);
    expect(attacker.isAutoMining).toBe(false);
    expect(attacker.branchPlan).toBeNull();
  });

  it('with less work, the private branch goes stale and the payment stands', async () => {
    const { attacker, victim, attack } = await paidAndConfirmed();
    // The room mines on, three blocks on the payment's: the attacker's one private block is far behind.
    for (let i = 0; i < 3; i++) succeededWith(await victim.mine());
    const dark = succeededWith(attack.goDark({ blocks: 1 }));
    expect(dark.publicAtDark).toBe(4);
    await until(() => attack.state().stage === 'done');
    const { verdict, payment } = attack.state();
    expect(dark.fork?.height).toBe(3);
    expect(verdict).toMatchObject({ outcome: 'failed', privateBlocks: 1, publicBlocks: 4, paymentConfirmations: 4 });
    // Every block found while apart was the attacker's: it lost by rejoining far too soon, not by hash rate.
    expect(verdict?.share).toBe(1);
    expect(attacker.chain.tip.hash).toBe(victim.chain.tip.hash);
    expect(victim.chain.hasTransaction(payment?.txid ?? '')).toBe(true);
    expect(victim.balance()).toBe(100 + 4 * 50);
  });

  it('refuses steps out of order and bad input, and changes nothing', async () => {
    const { node: attacker, attack } = await new MemoryRoom().join('attacker');
    expect(attack.goDark()).toMatchObject({ ok: false, failure: { code: FailureCode.AttackStage } });
    expect(await attack.rejoin()).toMatchObject({ ok: false, failure: { code: FailureCode.AttackStage } });
    // No coins yet: the payment itself is refused by the chain's rules.
    expect(await attack.pay({ recipient: attacker.address.replace(/./, 'f'), amount: 5 })).toMatchObject({
      ok: false,
    });
    succeededWith(await attacker.mine());
    attacker.setAutoMine(true);
    expect(await attack.pay({ recipient: 'nobody' })).toMatchObject({ ok: false, failure: { field: 'recipient' } });
    expect(attack.state().stage).toBe('ready');
    // A refused payment leaves the node mining as it was.
    expect(attacker.isAutoMining).toBe(true);
    attacker.stopMining();
    succeededWith(await attack.pay({ recipient: 'ab'.repeat(20), amount: 10 }));
    for (const blocks of [0, 51, 1.5, '3']) {
      expect(attack.goDark({ blocks })).toMatchObject({
        ok: false,
        failure: { code: FailureCode.AttackBlocksInvalid, field: 'blocks' },
      });
    }
    expect(attack.goDark({ accomplices: ['not a node id!'] })).toMatchObject({
      ok: false,
      failure: { code: FailureCode.PeerIdInvalid, field: 'accomplices', values: { id: '"not a node id!"' } },
    });
    expect(attack.goDark()).toMatchObject({ ok: false, failure: { code: FailureCode.AttackPaymentPending } });
    expect(attack.state().stage).toBe('paid');
    expect(attack.reset().stage).toBe('ready');
    expect(attack.state().payment).toBeNull();
  });

  it('an accomplice goes dark with the attacker and mines on its private branch from its first block', async () => {
    const { attacker, victim, attack, others } = await paidAndConfirmed(['accomplice']);
    const [helper] = others;
    if (helper === undefined) throw new Error('no accomplice');
    const assisting = succeededWith(helper.attack.assist('attacker'));
    expect(assisting).toMatchObject({ stage: 'assisting', assisting: peerIdOf(attacker), privateBlocks: 0 });
    expect(helper.host.linkedPeers()).toEqual([peerIdOf(attacker)]);
    const dark = succeededWith(attack.goDark({ accomplices: ['accomplice'], blocks: 4 }));
    expect(dark.share).toBeCloseTo(2 / 3);
    await until(() => attack.state().stage === 'done');
    expect(attack.state().verdict).toMatchObject({ outcome: 'succeeded', privateBlocks: 4 });
    // The accomplice followed the branch as it grew, whoever found each block.
    expect(helper.attack.state().privateBlocks).toBe(4);
    expect(helper.node.branchPlan?.parent).toBe(helper.node.chain.tip.hash);
    const back = succeededWith(await helper.attack.rejoin());
    expect(back.verdict).toMatchObject({ outcome: 'succeeded', privateBlocks: 4 });
    expect(helper.node.branchPlan).toBeNull();
    expect(victim.chain.tip.hash).toBe(attacker.chain.tip.hash);
    expect(helper.node.chain.tip.hash).toBe(attacker.chain.tip.hash);
    expect(victim.balance()).toBe(0);
  });
});
