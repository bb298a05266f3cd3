// Importing a chain file through the full node: checked with the rules of the room it names, the first bad block
// named with its reason, and taken only when it is this room's chain with more work.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Blockchain, blockToJson, createNetworkParams, writeChainFile } from '../../src/core/index.ts';
import { extend, params } from '../core/helpers.ts';
import { startLoneNode, succeededWith } from './fakes.ts';

function fileOf(count: number, format: 'json' | 'block.txt' = 'json', room = params): string {
  const chain = new Blockchain(room);
  extend(chain, count);
  return writeChainFile(chain.mainChain(), format);
}

describe('FullNode chain files', () => {
  it('round-trips its own chain: the exported file verifies and equals the chain, in both formats', async () => {
    const node = await startLoneNode('n-files');
    for (let i = 0; i < 3; i++) succeededWith(await node.mine());
    const other = await startLoneNode('n-files');
    for (const format of ['json', 'block.txt'] as const) {
      const text = node.chainFile(format);
      const imported = succeededWith(await other.importChain(text));
      expect(imported).toMatchObject({ format: 'this-app', layout: format, valid: true, length: 4, network: 'test' });
      expect(imported.firstInvalid).toBeNull();
      if (imported.format !== 'this-app') throw new Error(`read as ${imported.format}`);
      expect(imported.blocks.map(blockToJson)).toEqual(node.exportChain().chain);
    }
    // The first import had more work than the fresh node: it was taken; the second, the same chain, added nothing.
    expect(other.exportChain()).toEqual(node.exportChain());
  });

  it('takes a valid chain of its room only when it has more work', async () => {
    const node = await startLoneNode('n-files');
    expect(succeededWith(await node.importChain(fileOf(5))).adopted).toBe(true);
    expect(node.snapshot().tip.height).toBe(6);
    expect(succeededWith(await node.importChain(fileOf(2))).adopted).toBe(false);
    expect(node.snapshot().tip.height).toBe(6);
  });

  it("checks another room's file with that room's rules, and never takes it", async () => {
    const lab = createNetworkParams('lab', { ...params, difficulty: 2 });
    const node = await startLoneNode('n-files');
    const imported = succeededWith(await node.importChain(fileOf(3, 'block.txt', lab)));
    expect(imported).toMatchObject({ valid: true, network: 'lab', length: 4, adopted: false });
    expect(node.snapshot().tip.height).toBe(1);
  });

  it('names the first block that fails and why: an edited transaction, a broken link, a bad genesis', async () => {
    const node = await startLoneNode('n-files');
    const json = JSON.parse(fileOf(4)) as { chain: Array<Record<string, unknown>>; length: number };
    const edit = (position: number, change: Record<string, unknown>) => {
      const chain = json.chain.map((block, i) => (i === position ? { ...block, ...change } : block));
      return JSON.stringify({ ...json, chain });
    };
    const block3 = json.chain[2] as { transactions: Array<Record<string, unknown>> };
    const [coinbase] = block3.transactions;
    const editedInfo = edit(2, { transactions: [{ ...coinbase, info: 'edited' }] });
    expect(succeededWith(await node.importChain(editedInfo))).toMatchObject({
      valid: false,
      firstInvalid: { index: 3 },
      adopted: false,
    });
    // An edited link: the block's stated hash no longer matches its header.
    expect(succeededWith(await node.importChain(edit(3, { previous_hash: '0'.repeat(64) })))).toMatchObject({
      valid: false,
      firstInvalid: { index: 4, reason: 'bad-hash' },
    });
    // A missing block: block 4 does not follow block 2.
    const gap = JSON.stringify({ chain: json.chain.filter((_, i) => i !== 2), length: json.length - 1 });
    expect(succeededWith(await node.importChain(gap))).toMatchObject({
      valid: false,
      firstInvalid: { index: 4, reason: 'broken-link' },
    });
    const genesis = json.chain[0] as { transactions: Array<Record<string, unknown>> };
    const forgedGenesis = edit(0, { transactions: [{ ...genesis.transactions[0], info: 'genesis;name=test' }] });
    expect(succeededWith(await node.importChain(forgedGenesis))).toMatchObject({
      valid: false,
      network: null,
      firstInvalid: { index: 1, reason: 'wrong-genesis' },
    });
    expect(node.snapshot().tip.height).toBe(1);
  });

  it('says when a text is no chain file at all', async () => {
    const node = await startLoneNode('n-files');
    for (const text of ['', 'hello', '{"chain": 5}', 7]) {
      expect(await node.importChain(text)).toMatchObject({ ok: false, failure: { code: 'not-a-chain-file' } });
    }
  });

  it('checks a chain made by the Python tutorial by its own rules, pointing at the block an edit broke, and never takes it', async () => {
    const node = await startLoneNode('n-files');
    const fixture = (name: string) => readFileSync(new URL(`../fixtures/tutorial/${name}`, import.meta.url), 'utf8');
    for (const name of ['proof-hash.json', 'proof-hash.block.txt']) {
      expect(succeededWith(await node.importChain(fixture(name)))).toMatchObject({
        format: 'python-tutorial',
        valid: true,
        length: 6,
        variant: 'proof+hash',
        adopted: false,
      });
    }
    // An amount edited in block 3: block 4's previous_hash no longer matches, as the tutorial's valid_chain finds.
    expect(succeededWith(await node.importChain(fixture('proof-hash-edited-amount.json')))).toMatchObject({
      format: 'python-tutorial',
      valid: false,
      firstInvalid: { index: 4, reason: 'hash-link' },
    });
    expect(node.snapshot().tip.height).toBe(1);
  });
});
