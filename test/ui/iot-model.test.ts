import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Blockchain } from '../../src/core/index.ts';
import {
  CHART_POINTS,
  chartPath,
  collectDeviceRecords,
  MAX_PERIOD_SECONDS,
  MIN_PERIOD_SECONDS,
  nextWalkValue,
  parseSimulatorConfig,
  readingOf,
} from '../../src/ui/iot-model.ts';
import { alice, bob, carol, extend, params, pay } from '../core/helpers.ts';

describe('device records over the chain', () => {
  it('groups readings by the signing address, with confirmations, mempool records at 0 and numbers as points', () => {
    const chain = new Blockchain(params);
    const first = pay(bob, 'thermometer', 0, 'temp=20;door=open');
    extend(chain, 1, { transactions: [first, pay(alice, bob, 0, 'temp=99')] });
    const second = pay(bob, 'thermo-renamed', 0, 'temp=21.5');
    const other = pay(carol, 'door', 0, 'door=closed');
    extend(chain, 1, { transactions: [second, other] });
    extend(chain, 1);
    const pending = pay(bob, 'thermo-renamed', 0, 'temp=22');
    const groups = collectDeviceRecords(chain.mainChain(), [pending]);

    expect(groups.map((g) => [g.address, g.label])).toEqual([
      [bob.address, 'thermo-renamed'],
      [carol.address, 'door'],
    ]);
    const [thermometer] = groups;
    expect(thermometer?.records.map((r) => [r.txid, r.height, r.confirmations])).toEqual([
      [pending.txid, null, 0],
      [second.txid, 3, 2],
      [first.txid, 2, 3],
    ]);
    expect(thermometer?.series.get('temp')).toEqual([
      { height: 2, value: 20 },
      { height: 3, value: 21.5 },
    ]);
    // Text values are listed but not charted.
    expect(thermometer?.series.has('door')).toBe(false);
    expect(groups[1]?.series.size).toBe(0);
  });

  it('counts as a record only an amount of 0 to a label whose info is a reading', () => {
    expect(readingOf(pay(bob, 'label', 0, 'temp=1'))).toEqual([{ key: 'temp', value: '1' }]);
    expect(readingOf(pay(bob, alice, 0, 'temp=1'))).toBeNull();
    expect(readingOf(pay(bob, 'label', 0, 'just a note'))).toBeNull();
  });

  it(`keeps the last ${CHART_POINTS} points of a quantity`, () => {
    const chain = new Blockchain(params);
    for (let i = 0; i < CHART_POINTS + 5; i++) extend(chain, 1, { transactions: [pay(bob, 's', 0, `n=${i}`)] });
    const [group] = collectDeviceRecords(chain.mainChain(), []);
    expect(group?.series.get('n')?.length).toBe(CHART_POINTS);
    expect(group?.series.get('n')?.at(-1)?.value).toBe(CHART_POINTS + 4);
  });
});

describe('the chart of a quantity', () => {
  it('spans the box from the first height to the last and from the lowest value to the highest', () => {
    const { path, min, max, first, last } = chartPath(
      [
        { height: 2, value: 10 },
        { height: 4, value: 30 },
        { height: 6, value: 20 },
      ],
      100,
      50,
      5,
    );
    expect({ min, max, first, last }).toEqual({ min: 10, max: 30, first: 2, last: 6 });
    expect(path).toBe('M5.0 45.0 L50.0 5.0 L95.0 25.0');
  });

  it('draws one point, or a flat series, in the middle', () => {
    expect(chartPath([{ height: 3, value: 7 }], 100, 50, 5).path).toBe('M50.0 25.0');
  });
});

describe('the simulated sensor', () => {
  const good = { key: 'temp', min: '18', max: '24', period: '10' };

  it('reads its settings, and names the first wrong field', () => {
    expect(parseSimulatorConfig(good)).toEqual({
      ok: true,
      config: { key: 'temp', min: 18, max: 24, periodSeconds: 10 },
    });
    expect(parseSimulatorConfig({ ...good, key: 'two words' })).toMatchObject({ problem: { field: 'key' } });
    expect(parseSimulatorConfig({ ...good, min: 'cold' })).toMatchObject({
      problem: { field: 'min', code: 'not-a-number' },
    });
    expect(parseSimulatorConfig({ ...good, max: '10' })).toMatchObject({ problem: { code: 'max-below-min' } });
    for (const period of ['1', '2.5', '', String(MAX_PERIOD_SECONDS + 1)]) {
      expect(parseSimulatorConfig({ ...good, period })).toEqual({
        ok: false,
        problem: { field: 'period', code: 'bad-period', min: MIN_PERIOD_SECONDS, max: MAX_PERIOD_SECONDS },
      });
    }
  });

  it('walks from the middle in steps of at most a tenth of the range, never leaving it', () => {
    const config = { key: 'temp', min: 18, max: 24, periodSeconds: 10 };
    expect(nextWalkValue(config, null, () => 0.5)).toBe(21);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 50 }),
        (rolls) => {
          let value: number | null = null;
          for (const roll of rolls) {
            const next = nextWalkValue(config, value, () => roll);
            expect(next).toBeGreaterThanOrEqual(18);
            expect(next).toBeLessThanOrEqual(24);
            if (value !== null) expect(Math.abs(next - value)).toBeLessThanOrEqual(0.6 + 0.005);
            value = next;
          }
        },
      ),
    );
  });
});
