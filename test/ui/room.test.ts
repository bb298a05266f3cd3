import { describe, expect, it } from 'vitest';
import { bytesToHex, createGenesisBlock, createNetworkParams } from '../../src/core/index.ts';
import { networkFromSearch, roomFromSearch } from '../../src/ui/room.ts';
import { keys } from '../core/helpers.ts';

describe('room and network from the URL', () => {
  it('defaults to the classroom network with its default rules', () => {
    expect(roomFromSearch('')).toEqual({ ok: true, room: 'classroom' });
    expect(networkFromSearch('')).toEqual({ ok: true, params: createNetworkParams('classroom') });
  });

  it('takes a valid room and refuses an invalid one with a message', () => {
    expect(roomFromSearch('?room=class-7b')).toEqual({ ok: true, room: 'class-7b' });
    const bad = roomFromSearch('?room=%3Cb%3E');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('"<b>"');
  });

  it('takes a fixed difficulty for demonstrations and tests, without retargeting', () => {
    const result = networkFromSearch('?room=lab&difficulty=6');
    expect(result.ok && result.params.difficulty).toBe(6);
    expect(result.ok && result.params.retarget).toBeNull();
    for (const bad of ['-1', '1.5', 'x', '65', '']) {
      const refused = networkFromSearch(`?room=lab&difficulty=${bad}`);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error).toMatch(/^Invalid difficulty/);
    }
  });

  it('takes a target time per block in seconds: retargeting from the given or the default difficulty', () => {
    const result = networkFromSearch('?room=lab&difficulty=6&target=30');
    expect(result.ok && result.params.difficulty).toBe(6);
    expect(result.ok && result.params.retarget).toEqual({ targetBlockMs: 30_000, windowBlocks: 10 });
    // The default rule named in full is the default room: same parameters, same genesis.
    expect(networkFromSearch('?room=lab&target=10')).toEqual(networkFromSearch('?room=lab'));
    for (const bad of ['0', '-5', '2.5', 'x', '3601', '']) {
      const refused = networkFromSearch(`?room=lab&difficulty=6&target=${bad}`);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error).toMatch(/^Invalid target/);
    }
  });

  it("takes a private room's miners: any case, order, spacing or repetition of the same keys is the same room", () => {
    const [first, second] = [keys(1), keys(2)].map((pair) => bytesToHex(pair.publicKey)) as [string, string];
    const result = networkFromSearch(`?room=lab&miners=${first},${second}`);
    expect(result.ok && result.params.miners).toEqual([first, second].sort());
    expect(networkFromSearch(`?room=lab&miners=${second.toUpperCase()}, ${first},${second},`)).toEqual(result);
    expect(result.ok && createGenesisBlock(result.params).hash).not.toBe(
      createGenesisBlock(createNetworkParams('lab')).hash,
    );
    // With the other rules of the URL: a private room at a fixed difficulty.
    const fixed = networkFromSearch(`?room=lab&difficulty=6&miners=${first}`);
    expect(fixed.ok && [fixed.params.difficulty, fixed.params.miners]).toEqual([6, [first]]);
  });

  it('refuses a miner list with no key, a malformed key or a key no one can sign with, naming it', () => {
    const good = bytesToHex(keys(1).publicKey);
    const smallOrder = `01${'0'.repeat(62)}`;
    for (const [bad, shown] of <Array<[string, string]>>[
      ['', '""'],
      [',', '","'],
      [`${good},abc`, '"abc"'],
      [`${good},${smallOrder}`, `"${smallOrder}"`],
      [`${good}00`, `"${good}00"`],
    ]) {
      const refused = networkFromSearch(`?room=lab&miners=${bad}`);
      expect(refused.ok, bad).toBe(false);
      if (!refused.ok) expect(refused.error).toMatch(new RegExp(`^Invalid miner key ${shown.slice(0, 40)}`));
    }
    const tooMany = Array.from({ length: 65 }, (_, i) => bytesToHex(keys(10 + i).publicKey)).join(',');
    expect(networkFromSearch(`?room=lab&miners=${tooMany}`).ok).toBe(false);
  });
});
