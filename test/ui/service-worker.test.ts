// src/ui/service-worker.ts without a browser: the first worker to install means offline-ready, one that installs
// while another controls the page waits and is offered, and accepting it sends the generated sw.js SKIP_WAITING.
// The real registration, update prompt and reload are in test/browser/pwa.spec.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../src/ui/service-worker.ts';

class FakeWorker extends EventTarget {
  state = 'installing';
  readonly posted: unknown[] = [];
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  install() {
    this.state = 'installed';
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  found(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

function fakeContainer(controller: object | null, registration = new FakeRegistration()) {
  const container = { controller, register: vi.fn(async () => registration) };
  vi.stubGlobal('navigator', { serviceWorker: container });
  return { container, registration };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('registerServiceWorker', () => {
  it('registers sw.js at the base and says the first installed worker makes the app ready offline', async () => {
    const registration = new FakeRegistration();
    const first = new FakeWorker();
    registration.installing = first;
    const { container } = fakeContainer(null, registration);
    const events = { offline: 0, refresh: 0 };
    registerServiceWorker({ onOfflineReady: () => events.offline++, onNeedRefresh: () => events.refresh++ });
    await settled();
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/', type: 'classic' });
    first.install();
    expect(events).toEqual({ offline: 1, refresh: 0 });
  });

  it('offers a new build that installs under a controlling worker once, and activates it when accepted', async () => {
    const { registration } = fakeContainer({});
    let offered = 0;
    const update = registerServiceWorker({ onNeedRefresh: () => offered++ });
    await settled();
    const next = new FakeWorker();
    registration.found(next);
    next.install();
    next.install();
    expect(offered).toBe(1);
    await update(true);
    expect(next.posted).toEqual([{ type: 'SKIP_WAITING' }]);
  });

  it('offers a build an earlier visit left waiting', async () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    fakeContainer({}, registration);
    const refresh = vi.fn();
    registerServiceWorker({ onNeedRefresh: refresh });
    await settled();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('reports a failed registration', async () => {
    const container = { controller: null, register: vi.fn(async () => Promise.reject(new Error('sw.js 404'))) };
    vi.stubGlobal('navigator', { serviceWorker: container });
    const failed = vi.fn();
    registerServiceWorker({ onRegisterError: failed });
    await settled();
    expect(failed).toHaveBeenCalledWith(new Error('sw.js 404'));
  });
});
