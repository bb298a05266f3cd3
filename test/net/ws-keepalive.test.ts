import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeepAlive } from '../../scripts/ws-keepalive.mjs';

/** What the keep-alive uses of a `ws` socket: pings out, pongs and close in, terminate. */
class FakeSocket extends EventEmitter {
  isPaused = false;
  pings = 0;
  terminated = false;
  /** Whether it answers pings, as a phone still on the Wi-Fi does. */
  answers = true;
  ping(): void {
    this.pings++;
    if (this.answers) queueMicrotask(() => this.emit('pong'));
  }
  terminate(): void {
    this.terminated = true;
    this.emit('close');
  }
}

describe('createKeepAlive', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a socket that answers and terminates one that stopped answering, after one unanswered ping', async () => {
    const keepAlive = createKeepAlive(1_000);
    const [live, gone] = [new FakeSocket(), new FakeSocket()];
    keepAlive.watch(live);
    keepAlive.watch(gone);
    gone.answers = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect([live.terminated, gone.terminated]).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect([live.terminated, gone.terminated]).toEqual([false, true]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(live.terminated).toBe(false);
    expect(gone.pings).toBe(1);
    keepAlive.stop();
  });

  it('skips a socket whose reading is paused, and forgets one that closed', async () => {
    const keepAlive = createKeepAlive(1_000);
    const [paused, closed] = [new FakeSocket(), new FakeSocket()];
    paused.answers = false;
    paused.isPaused = true;
    keepAlive.watch(paused);
    keepAlive.watch(closed);
    closed.emit('close');
    await vi.advanceTimersByTimeAsync(5_000);
    expect([paused.pings, paused.terminated, closed.pings]).toEqual([0, false, 0]);
    keepAlive.stop();
  });

  it('pings nothing once stopped', async () => {
    const keepAlive = createKeepAlive(1_000);
    const socket = new FakeSocket();
    keepAlive.watch(socket);
    keepAlive.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(socket.pings).toBe(0);
  });
});
