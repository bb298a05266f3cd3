import { describe, expect, it } from 'vitest';
import { createGenesisBlock, DEFAULT_RETARGET, MAX_DIFFICULTY } from '../../src/core/index.ts';
import { MAX_TARGET_SECONDS, MIN_TARGET_SECONDS, parseNetwork } from '../../src/ui/room.ts';
import {
  difficultyForInterval,
  durationOf,
  expectedBlockSeconds,
  measureHashRate,
  type RoomForm,
  roomLink,
  roomRules,
  roomSearch,
} from '../../src/ui/room-create-model.ts';

const rules = roomRules(parseNetwork);
const planRoom = (form: RoomForm) => rules.plan(form);

const fixed: RoomForm = { name: 'lesson-1', rule: 'fixed', difficulty: '12', seconds: '10', miners: '' };
const target: RoomForm = { ...fixed, rule: 'target', difficulty: '16', seconds: '30' };

describe('the new-room form', () => {
  it('makes a fixed-difficulty room the page parses to the same rules', () => {
    const plan = planRoom(fixed);
    expect(plan).toMatchObject({ ok: true, search: '?room=lesson-1&difficulty=12' });
    if (!plan.ok) return;
    expect(plan.params).toMatchObject({ name: 'lesson-1', difficulty: 12, retarget: null });
    expect(parseNetwork(plan.search)).toEqual({ ok: true, params: plan.params });
  });

  it('makes a target-time room: a starting difficulty, retargeting toward the chosen seconds', () => {
    const plan = planRoom(target);
    expect(plan).toMatchObject({ ok: true, search: '?room=lesson-1&difficulty=16&target=30' });
    if (!plan.ok) return;
    expect(plan.params.difficulty).toBe(16);
    expect(plan.params.retarget).toEqual({ targetBlockMs: 30_000, windowBlocks: DEFAULT_RETARGET.windowBlocks });
    // The rule is part of the genesis: the same name with another rule is another chain.
    const hashes = new Set(
      [fixed, target, { ...target, seconds: '31' }].map((form) => {
        const made = planRoom(form);
        if (!made.ok) throw new Error('refused');
        return createGenesisBlock(made.params).hash;
      }),
    );
    expect(hashes.size).toBe(3);
  });

  it('ignores the seconds of a fixed room and trims the spaces around what was typed', () => {
    expect(planRoom({ ...fixed, seconds: 'nonsense' }).ok).toBe(true);
    expect(roomSearch({ ...target, name: ' lab ', difficulty: ' 3', seconds: '5 ' })).toBe(
      '?room=lab&difficulty=3&target=5',
    );
  });

  it('makes a private room of the keys given, one per line or comma, and names a key that is not one', () => {
    const teacher = 'AB'.repeat(32);
    const student = 'cd'.repeat(32);
    const plan = planRoom({ ...fixed, miners: `${teacher}\n ${student},\n` });
    expect(plan).toMatchObject({ ok: true, search: `?room=lesson-1&difficulty=12&miners=${teacher}%2C${student}` });
    if (!plan.ok) return;
    expect(plan.params.miners).toEqual([teacher.toLowerCase(), student].sort());
    const wrong = planRoom({ ...fixed, name: '', miners: `${teacher}\nnot-a-key` });
    expect(wrong).toEqual({
      ok: false,
      problems: [
        { field: 'name', reason: 'empty' },
        { field: 'miners', reason: 'invalid', value: '"not-a-key"', max: expect.any(Number) },
      ],
    });
  });

  it('names every refused field at once, with the limits the parser gives', () => {
    const plan = planRoom({ name: 'my room!', rule: 'target', difficulty: '65', seconds: '0', miners: '' });
    expect(plan).toEqual({
      ok: false,
      problems: [
        { field: 'name', reason: 'invalid' },
        { field: 'difficulty', reason: 'invalid', max: MAX_DIFFICULTY },
        { field: 'seconds', reason: 'invalid', min: 1, max: MAX_TARGET_SECONDS },
      ],
    });
    expect(planRoom({ ...fixed, name: '   ' })).toEqual({ ok: false, problems: [{ field: 'name', reason: 'empty' }] });
    expect(planRoom({ ...fixed, name: 'x'.repeat(65) })).toMatchObject({ problems: [{ field: 'name' }] });
    for (const difficulty of ['', '-1', '1.5', 'ten', '100'])
      expect(planRoom({ ...fixed, difficulty })).toMatchObject({ ok: false, problems: [{ field: 'difficulty' }] });
    for (const seconds of ['', '0', '2.5', '3601', '1e3'])
      expect(planRoom({ ...target, seconds })).toMatchObject({ ok: false, problems: [{ field: 'seconds' }] });
  });

  it("links to the new room from this page's address: its own room rules and invited peer dropped, the rest kept", () => {
    const page = `http://192.168.1.5:8080/?room=old&difficulty=4&target=9&miners=${'ab'.repeat(32)}&peer=abc&signal=none&lang=ru#chain`;
    expect(roomLink(page, '?room=lesson-1&difficulty=12')).toBe(
      'http://192.168.1.5:8080/?signal=none&lang=ru&room=lesson-1&difficulty=12',
    );
  });

  it('reads the difficulty, the seconds and their range as the parser does', () => {
    expect(rules.difficultyOf(' 20 ')).toBe(20);
    expect(rules.difficultyOf('65')).toBeNull();
    expect(rules.difficultyOf('&room=x')).toBeNull();
    expect(rules.secondsOf('45')).toBe(45);
    expect(rules.secondsOf('0')).toBeNull();
    expect(rules.seconds).toEqual({ min: MIN_TARGET_SECONDS, max: MAX_TARGET_SECONDS });
  });
});

describe('time per block at a hash rate', () => {
  it('expects 2^difficulty hashes per block', () => {
    expect(expectedBlockSeconds(20, 2 ** 20)).toBe(1);
    expect(expectedBlockSeconds(24, 2 ** 20)).toBe(16);
  });

  it('finds the difficulty that gives one block per interval, within the chain range', () => {
    expect(difficultyForInterval(2 ** 22, 8)).toBe(25);
    expect(difficultyForInterval(3e6, 10)).toBe(25);
    expect(difficultyForInterval(1, 0.001)).toBe(0);
    expect(difficultyForInterval(1e30, 3600)).toBe(MAX_DIFFICULTY);
  });

  it('states a duration in the largest unit it fills', () => {
    expect(durationOf(0.0000003)).toEqual({ unit: 'instant' });
    expect(durationOf(0.35)).toMatchObject({ value: expect.closeTo(350), unit: 'millisecond' });
    expect(durationOf(90)).toEqual({ value: 1.5, unit: 'minute' });
    expect(durationOf(2 * 86_400)).toEqual({ value: 2, unit: 'day' });
    expect(durationOf(2 ** 64 / 3e6)).toMatchObject({ unit: 'year' });
  });

  it('measures a hash rate against the clock it is given', () => {
    // A clock that advances 1 ms per reading: the measurement stops after 20 readings past its start.
    let ms = 0;
    const rate = measureHashRate(() => ms++, 20);
    expect(rate).toBe((20 * 2 ** 14) / 0.02);
  });
});
