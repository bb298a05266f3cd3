import { describe, expect, it } from 'vitest';
import {
  Blockchain,
  createBlock,
  exportChain,
  mineBlock,
  RejectCode,
  transactionFromJson,
  transactionToJson,
} from '../../src/core/index.ts';
import { validateChain } from '../../src/node/chain-validation.ts';
import { createSignatureVerifier } from '../../src/node/signature-verifier.ts';
import { alice, bob, extend, NOW, params, pay } from '../core/helpers.ts';

describe('validateChain with batched signatures', () => {
  const chain = new Blockchain(params);
  extend(chain, 2, { miner: alice });
  for (let i = 0; i < 3; i++) extend(chain, 1, { transactions: [pay(alice, bob, 1, `meter ${i}`)] });

  it('accepts a valid chain, as the core does', async () => {
    const result = await validateChain(exportChain(chain.mainChain()), params, NOW, await createSignatureVerifier());
    expect(result.ok && result.value.tip.hash).toBe(chain.tip.hash);
  });

  it("refuses a block whose signature is bad with the core's reason", async () => {
    const blocks = chain.mainChain();
    const last = blocks.at(-1);
    const [coinbase, tx] = last?.transactions ?? [];
    if (!last || !coinbase || !tx) throw new Error('missing');
    const forged = transactionFromJson({ ...transactionToJson(tx), signature: '02'.repeat(64) });
    if (!forged.ok) throw new Error(forged.detail);
    const { transactionsRoot: _, ...fields } = last;
    const bad = mineBlock(createBlock({ ...fields, nonce: 0, transactions: [coinbase, forged.value] }));
    if (!bad) throw new Error('unminable');
    const json = exportChain([...blocks.slice(0, -1), bad]);
    const result = await validateChain(json, params, NOW, await createSignatureVerifier());
    expect(result).toMatchObject({ ok: false, code: RejectCode.BadSignature });
  });
});
