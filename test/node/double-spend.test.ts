import { describe, expect, it } from 'vitest';
import { type Block, RejectCode } from '../../src/core/index.ts';
import type { RoomReport } from '../../src/net/network.ts';
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

/**
 * An attacker and the rest of the room as two chain nodes, linked by hand: while online, blocks and transactions
 * are shared at once; dark, nothing passes; a resolve shares every block both ways.
 */
async function room() {
  const attacker = await openChainNode('attacker');
  const victim = await openChainNode('victim');
  let online = true;
  const listeners = new Set<(event: FullNodeEvent) => void>();
  attacker.subscribe((event) => {
    for (const listener of listeners) listener(event);
  });
  const victimEvents: FullNodeEvent[] = [];
  victim.subscribe((event) => victimEvents.push(event));
  const host: AttackHost = {
    node: attacker,
    setOnline(on) {
      online = on;
      return succeeded(on);
    },
    async resolve() {
      share(attacker, victim);
      share(victim, attacker);
    },
    roomReports: () => [report('self', 600, true), report('victim-peer', 300, false)],
    linkedPeers: () => (online ? ['victim-peer'] : []),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    now: () => NOW,
    sleep: async () => {},
  };
  const attack = new DoubleSpendAttack(host);
  /** What a linked room does: the victim hears of the attacker's transactions and blocks, and the other way. */
  const relay = () => {
    if (!online) return;
    for (const tx of attacker.mempool.transactions()) victim.acceptTransaction(tx, 'peer');
    share(attacker, victim);
    share(victim, attacker);
  };
  return { attacker, victim, attack, victimEvents, relay, isOnline: () => online };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 2_000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  expect(condition()).toBe(true);
}

/** The attacker earns coins, pays the victim, and the victim's side confirms the payment. */
async function paidAndConfirmed() {
  const scene = await room();
  const { attacker, victim, attack, relay } = scene;
  succeededWith(await attacker.mine());
  succeededWith(await attacker.mine());
  relay();
  const paid = succeededWith(await attack.pay({ recipient: victim.address }));
  expect(paid.stage).toBe('paid');
  expect(paid.payment?.amount).toBe(100);
  relay();
  succeededWith(await victim.mine());
  relay();
  expect(attack.state().payment).toMatchObject({ place: 'in-block', confirmations: 1 });
  expect(victim.balance()).toBe(150);
  return scene;
}

describe('the 51% lesson (DoubleSpendAttack)', () => {
  it('with more work, the private branch undoes the payment everywhere, as a double spend', async () => {
    const { attacker, victim, attack, victimEvents, isOnline } = await paidAndConfirmed();
    const fork = attacker.chain.height - 1;
    const dark = succeededWith(attack.goDark({ blocks: 3 }));
    expect(isOnline()).toBe(false);
    expect(dark).toMatchObject({ stage: 'dark', fork: { height: fork }, target: 3 });
    expect(dark.share).toBeCloseTo(2 / 3);
    await until(() => attack.state().stage === 'done');
    const { verdict, payment, loot } = attack.state();
    expect(verdict).toMatchObject({ outcome: 'succeeded', privateBlocks: 3, publicBlocks: 1, paymentConfirmations: 0 });
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

  it('with less work, the private branch goes stale and the payment stands', async () => {
    const { attacker, victim, attack } = await paidAndConfirmed();
    // The room mines on, unheard by the attacker (nothing is relayed from here): four blocks against its one.
    for (let i = 0; i < 3; i++) succeededWith(await victim.mine());
    const dark = succeededWith(attack.goDark({ blocks: 1 }));
    await until(() => attack.state().stage === 'done');
    const { verdict, payment } = attack.state();
    expect(dark.fork?.height).toBe(3);
    expect(verdict).toMatchObject({ outcome: 'failed', privateBlocks: 1, publicBlocks: 4, paymentConfirmations: 4 });
    expect(attacker.chain.tip.hash).toBe(victim.chain.tip.hash);
    expect(victim.chain.hasTransaction(payment?.txid ?? '')).toBe(true);
    expect(victim.balance()).toBe(100 + 4 * 50);
  });

  it('refuses steps out of order and bad input, and changes nothing', async () => {
    const { attacker, attack } = await room();
    expect(attack.goDark()).toMatchObject({ ok: false, failure: { code: FailureCode.AttackStage } });
    expect(await attack.rejoin()).toMatchObject({ ok: false, failure: { code: FailureCode.AttackStage } });
    // No coins yet: the payment itself is refused by the chain's rules.
    expect(await attack.pay({ recipient: attacker.address.replace(/./, 'f'), amount: 5 })).toMatchObject({
      ok: false,
    });
    succeededWith(await attacker.mine());
    expect(await attack.pay({ recipient: 'nobody' })).toMatchObject({ ok: false, failure: { field: 'recipient' } });
    expect(attack.state().stage).toBe('ready');
    succeededWith(await attack.pay({ recipient: 'ab'.repeat(20), amount: 10 }));
    for (const blocks of [0, 51, 1.5, '3']) {
      expect(attack.goDark({ blocks })).toMatchObject({
        ok: false,
        failure: { code: FailureCode.AttackBlocksInvalid, field: 'blocks' },
      });
    }
    expect(attack.goDark({ accomplices: ['not a node id!'] })).toMatchObject({
      ok: false,
      failure: { code: FailureCode.PeerIdInvalid, field: 'accomplices' },
    });
    expect(attack.state().stage).toBe('paid');
    expect(attack.reset().stage).toBe('ready');
    expect(attack.state().payment).toBeNull();
  });
});
