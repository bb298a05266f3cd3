// comlinkWorker: calls through Comlink to a worker, settled when the worker answers, fails or is terminated (Comlink
// itself never settles a call whose worker went away). A MessageChannel stands in for the worker.
import { expose } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ComlinkWorkerTarget, comlinkWorker } from '../../src/mining/browser-worker.ts';

type Api = { double(n: number): number; hang(): Promise<never> };

const channels: MessageChannel[] = [];

/** A worker serving Api on the other end of a channel; `fail` fires its 'error' event as a load failure would. */
function fakeWorker() {
  const channel = new MessageChannel();
  channels.push(channel);
  expose({ double: (n: number) => n * 2, hang: () => new Promise<never>(() => {}) } satisfies Api, channel.port2);
  const errors = new EventTarget();
  const terminate = vi.fn(() => channel.port1.close());
  const target: ComlinkWorkerTarget = {
    postMessage: ((message: unknown, transfer?: Transferable[]) =>
      channel.port1.postMessage(message, transfer ?? [])) as ComlinkWorkerTarget['postMessage'],
    addEventListener: ((type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      type === 'error'
        ? errors.addEventListener(type, listener, options)
        : channel.port1.addEventListener(type, listener, options)) as ComlinkWorkerTarget['addEventListener'],
    removeEventListener: ((type: string, listener: EventListener) =>
      channel.port1.removeEventListener(type, listener)) as ComlinkWorkerTarget['removeEventListener'],
    terminate,
  };
  channel.port1.start();
  const fail = (message: string) => errors.dispatchEvent(Object.assign(new Event('error'), { message }));
  return { target, terminate, fail };
}

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

describe('comlinkWorker', () => {
  it('settles a call with what the worker answers', async () => {
    const { target } = fakeWorker();
    const { remote, guard } = comlinkWorker<Api>(target, 'test worker');
    expect(await guard(remote.double(21))).toBe(42);
  });

  it('fails a call in flight when the worker is terminated, and ends the worker', async () => {
    const { target, terminate: ended } = fakeWorker();
    const { remote, guard, terminate } = comlinkWorker<Api>(target, 'test worker');
    const call = guard(remote.hang());
    terminate();
    await expect(call).rejects.toThrow('test worker was terminated');
    expect(ended).toHaveBeenCalledOnce();
  });

  it('fails a call in flight when the worker reports an error (a script that did not load)', async () => {
    const { target, fail } = fakeWorker();
    const { remote, guard } = comlinkWorker<Api>(target, 'test worker');
    const call = guard(remote.hang());
    fail('404');
    await expect(call).rejects.toThrow('test worker failed: 404');
  });
});
