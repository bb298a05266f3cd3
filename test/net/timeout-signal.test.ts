// timeoutSignal: AbortSignal.timeout where the browser has it, a timer's abort where it does not (Safari before 16).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { timeoutSignal } from '../../src/net/timeout-signal.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('timeoutSignal', () => {
  it("uses the platform's AbortSignal.timeout when there is one", () => {
    const made = new AbortController().signal;
    const timeout = vi.fn(() => made);
    expect(timeoutSignal(1_234, { timeout })).toBe(made);
    expect(timeout).toHaveBeenCalledWith(1_234);
  });

  it('without it, aborts with a TimeoutError once the time is up, and not before', () => {
    vi.useFakeTimers();
    const signal = timeoutSignal(5_000, {});
    vi.advanceTimersByTime(4_999);
    expect(signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(signal.aborted).toBe(true);
    expect((signal.reason as DOMException).name).toBe('TimeoutError');
  });
});
