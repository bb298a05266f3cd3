// Chains made by the Flask tutorial's own code (scripts/make-tutorial-chains.py): verdicts, hashes byte for byte,
// the block the tutorial's valid_chain names, and telling them apart from this app's chains.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Blockchain, blockToJson, exportChain } from '../../src/core/index.ts';
import {
  isPyDict,
  isPyList,
  type PyValue,
  parsePythonJson,
  pyDict,
  pyFloat,
  pyInt,
  pythonJsonDumps,
} from '../../src/core/python-json.ts';
import {
  isTutorialChain,
  isTutorialChainText,
  readTutorialChain,
  TutorialReason,
  tutorialBlockHash,
  verifyTutorialChain,
} from '../../src/core/tutorial-chain.ts';
import { alice, bob, extend, params, pay } from './helpers.ts';

type ChainCase = {
  file: string;
  variant: 'proof+hash' | 'proof-only';
  length: number;
  valid: boolean;
  first_invalid: { index: number; reason: string } | null;
  tutorial_valid_chain_stops_at: number | null;
  hashes: Array<string | null>;
};

const fixture = (file: string) => readFileSync(new URL(`../fixtures/tutorial/${file}`, import.meta.url), 'utf8');
const cases: ChainCase[] = JSON.parse(fixture('expected.json')).chains;
const named = (file: string) => {
  const found = cases.find((c) => c.file === file);
  if (found === undefined) throw new Error(`no fixture ${file}`);
  return found;
};

/** The file's blocks as Python reads them, unchecked: every line of a block.txt, or the list in a JSON document. */
function pythonBlocks(text: string): Array<PyValue | null> {
  const whole = parsePythonJson(text);
  if (whole.ok) {
    const chain = isPyDict(whole.value) ? whole.value.entries.get('chain') : whole.value;
    return isPyList(chain) ? [...chain] : [];
  }
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const parsed = parsePythonJson(line);
      return parsed.ok ? parsed.value : null;
    });
}

describe('tutorial chains made by Python', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s gets its verdict', (file, c) => {
    expect(verifyTutorialChain(fixture(file))).toEqual({
      format: 'python-tutorial',
      valid: c.valid,
      length: c.length,
      variant: c.variant,
      ...(c.first_invalid === null ? {} : { firstInvalid: c.first_invalid }),
    });
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: every block hashes as Python hashed it', (file, c) => {
    const blocks = pythonBlocks(fixture(file));
    expect(blocks).toHaveLength(c.hashes.length);
    for (const [i, expected] of c.hashes.entries()) {
      const block = blocks[i];
      if (expected !== null && block !== null && block !== undefined) expect(tutorialBlockHash(block)).toBe(expected);
    }
  });

  it("an edited amount in block 3 is named at block 4, where the tutorial's own valid_chain stops", () => {
    for (const file of ['proof-hash-edited-amount.json', 'proof-only-edited-amount.json']) {
      const c = named(file);
      expect(c.tutorial_valid_chain_stops_at).toBe(4);
      expect(verifyTutorialChain(fixture(file)).firstInvalid).toEqual({ index: 4, reason: TutorialReason.HashLink });
    }
  });

  it('names the block valid_chain names for its own two rules, and the block before it for index and time', () => {
    for (const c of cases.filter((x) => x.first_invalid !== null && x.tutorial_valid_chain_stops_at !== null)) {
      const ours = verifyTutorialChain(fixture(c.file)).firstInvalid;
      const offset = ours?.reason === 'hash-link' || ours?.reason === 'proof' ? 0 : 1;
      expect(ours?.index, c.file).toBe((c.tutorial_valid_chain_stops_at ?? 0) - offset);
    }
  });

  it('the JSON file and block.txt hold the same chain', () => {
    for (const variant of ['proof-hash', 'proof-only']) {
      const fromJson = readTutorialChain(fixture(`${variant}.json`)).blocks;
      expect(readTutorialChain(fixture(`${variant}.block.txt`)).blocks).toEqual(fromJson);
      expect(fromJson.map((b) => b.hash)).toEqual(named(`${variant}.json`).hashes);
    }
  });

  it('reads the blocks for display: non-ASCII text, float timestamps and amounts, big proofs', () => {
    const { blocks } = readTutorialChain(fixture('proof-only.json'));
    expect(blocks.map((b) => b.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(blocks[0]).toMatchObject({ timestamp: 1700000000, proof: 100n, previousHash: '1', transactions: [] });
    expect(blocks[2]?.transactions[1]).toEqual({
      sender: 'sensor-7',
      recipient: 'journal',
      info: 'température 21.5 °C',
    });
    expect(blocks[3]?.transactions[1]).toEqual({ sender: 'carol', recipient: 'alice', amount: 0.25 });
  });

  it('gives every readable block of a broken chain, the broken one in its place', () => {
    const edited = readTutorialChain(fixture('proof-hash-edited-amount.json'));
    expect(edited.blocks).toHaveLength(6);
    expect(edited.blocks[2]?.transactions[0]).toMatchObject({ amount: 20 });
    expect(edited.blocks[3]?.previousHash).not.toBe(edited.blocks[2]?.hash);
    expect(readTutorialChain(fixture('proof-hash-cut-line.block.txt')).blocks).toHaveLength(3);
  });

  it('hashes 1700000000.0 and 1700000000 apart, as Python does: the file is read as text', () => {
    const text = fixture('proof-hash.json');
    const asInt = text.replace('"timestamp": 1700000000.0', '"timestamp": 1700000000');
    expect(asInt).not.toBe(text);
    expect(verifyTutorialChain(asInt).firstInvalid).toEqual({ index: 2, reason: TutorialReason.HashLink });
  });
});

describe('tutorial chains: documents and blocks no Python run made', () => {
  const good = pythonBlocks(fixture('proof-hash.json')).filter((b): b is PyValue => b !== null);
  const document = (blocks: readonly PyValue[], length: PyValue = pyInt(BigInt(blocks.length))) =>
    pythonJsonDumps(
      pyDict([
        ['chain', blocks],
        ['length', length],
      ]),
    );
  /** The valid chain with one field of one block (position 1-based) replaced. */
  const withField = (position: number, key: string, value: PyValue) =>
    good.map((block, i) =>
      i + 1 === position && isPyDict(block) ? pyDict([...block.entries, [key, value] as const]) : block,
    );

  it('a chain written back by this encoder is still valid', () => {
    expect(verifyTutorialChain(document(good))).toMatchObject({ valid: true, variant: 'proof+hash', length: 6 });
  });

  it.each<[string, string, { index: number; reason: string }]>([
    ['not JSON', 'chain?', { index: 0, reason: 'malformed' }],
    ['an empty chain', '{"chain": [], "length": 0}', { index: 0, reason: 'empty' }],
    ['an empty list', '[]', { index: 0, reason: 'empty' }],
    ['a string', '"chain"', { index: 0, reason: 'malformed' }],
    ['an extra top-level field', '{"chain": [], "length": 0, "message": "x"}', { index: 0, reason: 'malformed' }],
    ['a chain that is no list', '{"chain": {}, "length": 0}', { index: 0, reason: 'malformed' }],
  ])('%s', (_name, text, firstInvalid) => {
    expect(verifyTutorialChain(text)).toMatchObject({ valid: false, variant: null, firstInvalid });
  });

  it.each<[string, () => string, { index: number; reason: string }]>([
    ['a length that is not the count', () => document(good, pyInt(7n)), { index: 0, reason: 'length' }],
    ['a float length', () => document(good, pyFloat(6)), { index: 0, reason: 'length' }],
    [
      'a genesis with another proof',
      () => document(withField(1, 'proof', pyInt(101n))),
      { index: 1, reason: 'genesis' },
    ],
    [
      'a genesis with another previous_hash',
      () => document(withField(1, 'previous_hash', '0')),
      { index: 1, reason: 'genesis' },
    ],
    ['a float index', () => document(withField(2, 'index', pyFloat(2))), { index: 2, reason: 'malformed' }],
    ['a string proof', () => document(withField(2, 'proof', '4456')), { index: 2, reason: 'malformed' }],
    [
      'an infinite timestamp',
      () => document(withField(2, 'timestamp', pyFloat(Infinity))),
      { index: 2, reason: 'malformed' },
    ],
    ['an extra block field', () => document(withField(3, 'hash', 'x')), { index: 3, reason: 'malformed' }],
    [
      'a transaction with both amount and info',
      () =>
        document(
          withField(2, 'transactions', [
            pyDict([
              ['sender', 'a'],
              ['recipient', 'b'],
              ['amount', pyInt(1n)],
              ['info', ''],
            ]),
          ]),
        ),
      { index: 2, reason: 'malformed' },
    ],
    ['a block missing', () => document(good.filter((_, i) => i !== 2)), { index: 3, reason: 'index' }],
  ])('%s', (_name, text, firstInvalid) => {
    expect(verifyTutorialChain(text()).firstInvalid).toEqual(firstInvalid);
  });

  // Every block but the last: the tutorial's proof covers the previous block, never the block's own transactions, so
  // only the next block's previous_hash protects them (see the test after this one).
  it('any change to any field of a block before the tip is named at that block or the next', () => {
    const mutations = fc.constantFrom<[string, PyValue]>(
      ['timestamp', pyFloat(1700000100.5)],
      ['proof', pyInt(7n)],
      ['transactions', []],
      [
        'transactions',
        [
          pyDict([
            ['sender', 'x'],
            ['recipient', 'y'],
            ['info', 'é'],
          ]),
        ],
      ],
      ['previous_hash', '0'.repeat(64)],
      ['index', pyInt(9n)],
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: good.length - 1 }), mutations, (position, [key, value]) => {
        const before = good[position - 1];
        if (isPyDict(before) && pythonJsonDumps(before.entries.get(key) ?? null) === pythonJsonDumps(value)) return;
        const verdict = verifyTutorialChain(document(withField(position, key, value)));
        expect(verdict.valid).toBe(false);
        expect([position, position + 1]).toContain(verdict.firstInvalid?.index);
      }),
    );
  });

  it("the tip's transactions can change unnoticed: nothing after it commits to them, as in the tutorial", () => {
    const edited = withField(good.length, 'transactions', []);
    expect(verifyTutorialChain(document(edited))).toMatchObject({ valid: true, length: 6 });
  });
});

describe('telling a tutorial chain from this app’s', () => {
  const appChain = new Blockchain(params);
  extend(appChain, 2, { miner: alice });
  extend(appChain, 1, { transactions: [pay(alice, bob, 7, 'device-42: 21.5C')] });
  const appJson = JSON.stringify(exportChain(appChain.mainChain()));
  const appBlockTxt = appChain
    .mainChain()
    .map((b) => `${JSON.stringify(blockToJson(b))}\n`)
    .join('');

  it("this app's {chain, length}, its block list and its block.txt are not the tutorial's", () => {
    const parsed = JSON.parse(appJson);
    expect(isTutorialChain(parsed)).toBe(false);
    expect(isTutorialChain(parsed.chain)).toBe(false);
    expect(isTutorialChainText(appJson)).toBe(false);
    expect(isTutorialChainText(appBlockTxt)).toBe(false);
  });

  it('every tutorial fixture is, whether parsed or as text, valid or not', () => {
    for (const c of cases) {
      const text = fixture(c.file);
      expect(isTutorialChainText(text), c.file).toBe(true);
      if (c.file.endsWith('.json')) expect(isTutorialChain(JSON.parse(text)), c.file).toBe(true);
    }
  });

  it('other JSON is neither', () => {
    for (const value of [null, 1, 'x', [], {}, { chain: [] }, [{ index: 1 }], { chain: [{ proof: 1 }], length: 1 }]) {
      expect(isTutorialChain(value)).toBe(false);
    }
    expect(isTutorialChainText('')).toBe(false);
    expect(isTutorialChainText('hello\nworld')).toBe(false);
  });
});
