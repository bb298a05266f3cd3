// Chain files: the seed's {chain, length} JSON and the paper's block.txt written and read back, and the rules of the
// network a file names read from its genesis block.
import { describe, expect, it } from 'vitest';
import {
  Blockchain,
  blockToJson,
  chainFileBlocks,
  createGenesisBlock,
  createNetworkParams,
  paramsFromGenesis,
  readAppChainFile,
  writeChainFile,
} from '../../src/core/index.ts';
import { extend, params } from './helpers.ts';

function chainOf(count: number): Blockchain {
  const chain = new Blockchain(params);
  extend(chain, count);
  return chain;
}

describe('chain files', () => {
  it('writes the seed JSON and block.txt (one block per line, oldest first) and reads both back', () => {
    const blocks = chainOf(3).mainChain();
    const json = writeChainFile(blocks, 'json');
    expect(JSON.parse(json)).toEqual({ chain: blocks.map(blockToJson), length: 4 });
    const lines = writeChainFile(blocks, 'block.txt').trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line).index)).toEqual([1, 2, 3, 4]);
    expect(chainFileBlocks(json)).toEqual({ layout: 'json', blocks: blocks.map(blockToJson) });
    expect(chainFileBlocks(lines.join('\r\n'))).toEqual({ layout: 'block.txt', blocks: blocks.map(blockToJson) });
    expect(readAppChainFile(json)).toMatchObject({ layout: 'json', params: { name: 'test' } });
  });

  it('is no chain file when the text is empty, not JSON, or JSON of something else', () => {
    for (const text of ['', '   ', 'hello', '{"a":1}\nnot json', '42', '"chain"']) {
      expect(readAppChainFile(text), text).toBeNull();
    }
    expect(chainFileBlocks('42')).toBeNull();
  });

  it('reads the rules a genesis commits to, for the default room, a custom one and this test network', () => {
    for (const room of [
      createNetworkParams('classroom'),
      createNetworkParams('lab-7', { difficulty: 3, retarget: null }),
      params,
    ]) {
      expect(paramsFromGenesis(blockToJson(createGenesisBlock(room)))).toEqual(room);
    }
  });

  it('names no rules for a genesis that was edited or commits to none', () => {
    const genesis = blockToJson(createGenesisBlock(params));
    const [record] = genesis.transactions;
    if (!record) throw new Error('no genesis record');
    expect(paramsFromGenesis({ ...genesis, transactions: [{ ...record, info: 'genesis;name=test' }] })).toBeNull();
    expect(paramsFromGenesis({ ...genesis, timestamp: genesis.timestamp + 1 })).toBeNull();
    expect(paramsFromGenesis(blockToJson(chainOf(1).tip))).toBeNull();
    expect(paramsFromGenesis('genesis')).toBeNull();
  });
});
