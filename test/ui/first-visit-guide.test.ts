import { describe, expect, it } from 'vitest';
import {
  type GuideAction,
  type GuideState,
  guideWanted,
  nextGuideState,
  STEP_COUNT,
} from '../../src/ui/first-visit-guide.ts';

const open = (step: number): GuideState => ({ step, closed: false });
const run = (actions: GuideAction[]): GuideState => actions.reduce(nextGuideState, open(0));

describe('the first-visit guide', () => {
  it('shows on a first visit only, and never with ?guide=off', () => {
    expect(guideWanted('', null)).toBe(true);
    expect(guideWanted('?room=a&difficulty=4', null)).toBe(true);
    expect(guideWanted('', 'done')).toBe(false);
    expect(guideWanted('', 'skipped')).toBe(false);
    expect(guideWanted('?room=a&guide=off', null)).toBe(false);
    expect(guideWanted('?guide=on', null)).toBe(true);
  });

  it('has three steps walked with Next and Back, Back stopping at the first', () => {
    expect(STEP_COUNT).toBe(3);
    expect(run(['next'])).toEqual(open(1));
    expect(run(['next', 'back'])).toEqual(open(0));
    expect(run(['back'])).toEqual(open(0));
    expect(run(['next', 'next'])).toEqual(open(2));
    // Next on the last step is "Done".
    expect(run(['next', 'next', 'next'])).toEqual({ step: 2, closed: true });
  });

  it('moves on by itself when the node does what the step asks, and only then', () => {
    // Mining while the first step is read does not jump over it.
    expect(run(['mined'])).toEqual(open(0));
    expect(run(['next', 'mined'])).toEqual(open(2));
    expect(run(['next', 'sent'])).toEqual(open(1));
    expect(run(['next', 'mined', 'sent'])).toEqual({ step: 2, closed: true });
  });

  it('closes for good on Skip from any step', () => {
    for (let step = 0; step < STEP_COUNT; step++) {
      const skipped = nextGuideState(open(step), 'skip');
      expect(skipped.closed).toBe(true);
      for (const action of ['next', 'back', 'mined', 'sent'] as const) {
        expect(nextGuideState(skipped, action)).toBe(skipped);
      }
    }
  });
});
