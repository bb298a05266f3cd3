// src/ui/pwa.ts without a browser: which message a page gets when it cannot have a service worker, and that a new
// build's "waiting" service worker becomes an Update button that activates it. registerSW is a fake here; the real
// registration, offline start and installability are in test/browser/pwa.spec.ts.
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../src/ui/i18n/index.ts';
import { type RegisterSW, startPwa, UPDATE_CHECK_MS } from '../../src/ui/pwa.ts';

type Options = Parameters<RegisterSW>[0];

function fakeDocument(win: { isSecureContext: boolean; navigator: object }) {
  const listeners = new Map<string, () => void>();
  const timers: (() => void)[] = [];
  const doc = {
    visibilityState: 'visible',
    defaultView: {
      ...win,
      setInterval: (run: () => void) => timers.push(run),
      clearInterval: (id: number) => timers.splice(id - 1, 1, () => {}),
    },
    addEventListener: (type: string, run: () => void) => listeners.set(type, run),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  return { doc: doc as unknown as Document, listeners, timers };
}

function recorder() {
  const calls: { message: string; label?: string; run?: () => void }[] = [];
  const notify = (message: string, action?: { label: string; run: () => void }) => {
    calls.push(action === undefined ? { message } : { message, label: action.label, run: action.run });
  };
  return { calls, notify };
}

describe('startPwa', () => {
  it('on plain http from a LAN address says that offline use and install need HTTPS, and registers nothing', () => {
    const { doc } = fakeDocument({ isSecureContext: false, navigator: {} });
    const { calls, notify } = recorder();
    const register = vi.fn<RegisterSW>();
    startPwa(doc, notify, register)();
    expect(calls).toEqual([{ message: t('pwa.insecure') }]);
    expect(t('pwa.insecure')).toContain('npm start -- --https');
    expect(register).not.toHaveBeenCalled();
  });

  it('in a secure context without service workers says so, without the HTTPS hint', () => {
    const { doc } = fakeDocument({ isSecureContext: true, navigator: {} });
    const { calls, notify } = recorder();
    const register = vi.fn<RegisterSW>();
    startPwa(doc, notify, register);
    expect(calls).toEqual([{ message: t('pwa.noServiceWorker') }]);
    expect(register).not.toHaveBeenCalled();
  });

  it('turns a waiting new version into an Update action that activates it and then reloads', async () => {
    let onControllerChange: (() => void) | undefined;
    const serviceWorker = {
      addEventListener: (type: string, run: () => void) => {
        if (type === 'controllerchange') onControllerChange = run;
      },
    };
    const reload = vi.fn();
    const { doc } = fakeDocument({ isSecureContext: true, navigator: { serviceWorker, onLine: true } });
    (doc.defaultView as unknown as { location: object }).location = { reload };
    const { calls, notify } = recorder();
    const updateSW = vi.fn(async (_reload?: boolean) => {});
    let options: Options;
    startPwa(doc, notify, (given) => {
      options = given;
      return updateSW;
    });
    options?.onOfflineReady?.();
    options?.onNeedRefresh?.();
    expect(calls.map((c) => c.message)).toEqual([t('pwa.offlineReady'), t('pwa.update')]);
    expect(calls[1]?.label).toBe('Update');
    expect(updateSW).not.toHaveBeenCalled();
    calls[1]?.run?.();
    expect(updateSW).toHaveBeenCalledWith(true);
    expect(reload).not.toHaveBeenCalled();
    // registerSW's own reload is turned off; the page reloads once the new worker controls it.
    options?.onNeedReload?.();
    expect(reload).not.toHaveBeenCalled();
    onControllerChange?.();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('asks for a new build periodically and when the page comes back into view, until stopped', () => {
    const { doc, listeners, timers } = fakeDocument({
      isSecureContext: true,
      navigator: { serviceWorker: {}, onLine: true },
    });
    const update = vi.fn(async () => {});
    const { notify } = recorder();
    const stop = startPwa(doc, notify, (options) => {
      options?.onRegisteredSW?.('/sw.js', { update } as unknown as ServiceWorkerRegistration);
      return async () => {};
    });
    expect(UPDATE_CHECK_MS).toBeGreaterThan(0);
    timers[0]?.();
    listeners.get('visibilitychange')?.();
    expect(update).toHaveBeenCalledTimes(2);
    stop();
    expect(listeners.has('visibilitychange')).toBe(false);
    timers[0]?.();
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('reports a failed registration', () => {
    const { doc } = fakeDocument({ isSecureContext: true, navigator: { serviceWorker: {} } });
    const { calls, notify } = recorder();
    startPwa(doc, notify, (options) => {
      options?.onRegisterError?.(new Error('sw.js 404'));
      return async () => {};
    });
    expect(calls).toEqual([{ message: expect.stringContaining('sw.js 404') }]);
  });
});
