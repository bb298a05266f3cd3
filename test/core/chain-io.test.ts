import { describe, expect, it } from 'vitest';
import {
  Blockchain,
  createBlock,
  createNetworkParams,
  exportChain,
  parseChain,
  RejectCode,
  validChain,
} from '../../src/core/index.ts';
import { alice, bob, buildBlock, extend, mineFailingPow, NOW, params, pay } from './helpers.ts';

function sampleChain() {
  const chain = new Blockchain(params);
  extend(chain, 2, { miner: alice });
  extend(chain, 1, { transactions: [pay(alice, bob, 7, 'device-42: 21.5C')] });
  return chain;
}

describe("chain import/export in the seed's {chain, length} shape", () => {
  it('exports the main chain and validates it back', () => {
    const chain = sampleChain();
    const json = JSON.parse(JSON.stringify(exportChain(chain.mainChain())));
    expect(json.length).toBe(4);
    expect(json.chain[0].index).toBe(1);
    const back = validChain(json, params, NOW);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.value.tip.hash).toBe(chain.tip.hash);
      expect(back.value.balanceOf(bob.address)).toBe(7);
    }
  });

  const good = () => exportChain(sampleChain().mainChain());
  const cases: Array<[string, () => unknown, string]> = [
    ['not an object', () => 'chain', RejectCode.Malformed],
    ['no blocks', () => ({ chain: [], length: 0 }), RejectCode.Empty],
    ['a wrong length', () => ({ ...good(), length: 3 }), RejectCode.BadLength],
    [
      "another network's genesis",
      () => exportChain(new Blockchain(createNetworkParams('elsewhere', { ...params })).mainChain()),
      RejectCode.WrongGenesis,
    ],
    [
      'a block left out',
      () => {
        const g = good();
        const chain = [g.chain[0], ...g.chain.slice(2)];
        return { chain, length: chain.length };
      },
      RejectCode.BrokenLink,
    ],
    [
      'a block with a bad proof of work',
      () => {
        const chain = sampleChain();
        const blocks = chain.mainChain();
        const last = blocks[blocks.length - 1];
        if (!last) throw new Error('empty');
        return exportChain([...blocks.slice(0, -1), mineFailingPow(createBlock(last))]);
      },
      RejectCode.BadPow,
    ],
    [
      'a tampered record',
      () => {
        const g = good();
        const tx = g.chain[3]?.transactions[1];
        if (tx) tx.info = 'device-42: 99C';
        return g;
      },
      RejectCode.Malformed,
    ],
  ];
  for (const [name, make, code] of cases) {
    it(`refuses ${name}: ${code}`, () => {
      expect(validChain(make(), params, NOW)).toMatchObject({ ok: false, code });
    });
  }

  it('parses without judging proof of work (resolve fetches first, validates on add)', () => {
    const blocks = sampleChain().mainChain();
    const last = blocks[blocks.length - 1];
    if (!last) throw new Error('empty');
    const json = exportChain([...blocks.slice(0, -1), mineFailingPow(createBlock(last))]);
    expect(parseChain(json, params).ok).toBe(true);
  });

  it('refuses a chain that overspends at its tip', () => {
    const chain = new Blockchain(params);
    const overspending = buildBlock(chain, chain.genesis, { transactions: [pay(bob, alice, 1)] });
    const json = exportChain([chain.genesis, overspending]);
    expect(validChain(json, params, NOW)).toMatchObject({ ok: false, code: RejectCode.Overspend });
  });
});
