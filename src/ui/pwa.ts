// The installable app: registers the service worker vite-plugin-pwa generates (vite.config.ts), offers a new build
// when one is ready, and says plainly when this page cannot have offline use or install (no secure context or no
// service worker), instead of failing silently. The node itself never depends on any of this.
import { t } from './i18n/index.ts';
import { type RegisterSW, registerServiceWorker } from './service-worker.ts';

export type { RegisterSW } from './service-worker.ts';

export type NotifyAction = { readonly label: string; readonly run: () => void };
/** Shows a message to the user, optionally with one button. */
export type Notify = (message: string, action?: NotifyAction) => void;

/** How often an open page asks the server for a new build, besides whenever it comes back into view. */
export const UPDATE_CHECK_MS = 30 * 60 * 1000;

/**
 * Starts the service worker for this page, or tells the user why there is none. Returns a function that stops the
 * periodic update checks. `register` is for tests; the page uses service-worker.ts's.
 */
export function startPwa(doc: Document, notify: Notify, register: RegisterSW = registerServiceWorker): () => void {
  const win = doc.defaultView;
  if (win === null) return () => {};
  if (!win.isSecureContext) {
    // http:// from a LAN address: browsers allow service workers (and Web Locks) only on https or localhost.
    notify(t('pwa.insecure'));
    return () => {};
  }
  if (!('serviceWorker' in win.navigator)) {
    notify(t('pwa.noServiceWorker'));
    return () => {};
  }

  let stopped = false;
  let registration: ServiceWorkerRegistration | undefined;
  const checkForUpdate = () => {
    if (stopped || registration === undefined || win.navigator.onLine === false) return;
    // Offline or the server gone: no update today, and nothing to tell the user.
    registration.update().catch(() => {});
  };
  const onVisible = () => {
    if (doc.visibilityState === 'visible') checkForUpdate();
  };
  const timer = win.setInterval(checkForUpdate, UPDATE_CHECK_MS);
  doc.addEventListener('visibilitychange', onVisible);

  const update = () => {
    // Accepting activates the waiting service worker; once it controls the page, reload under it: on a first visit
    // too, where clientsClaim made the first worker take over (vite-plugin-pwa's registerSW missed that case).
    win.navigator.serviceWorker.addEventListener('controllerchange', () => win.location.reload(), { once: true });
    void updateSW(true);
  };
  const updateSW = register({
    onNeedRefresh() {
      notify(t('pwa.update'), { label: t('pwa.updateButton'), run: update });
    },
    // The reload is update()'s, never the registration's.
    onNeedReload() {},
    onOfflineReady() {
      notify(t('pwa.offlineReady'));
    },
    onRegisteredSW(_url, reg) {
      registration = reg;
    },
    onRegisterError(error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      notify(t('pwa.registerFailed', { error: reason }));
    },
  });

  return () => {
    stopped = true;
    win.clearInterval(timer);
    doc.removeEventListener('visibilitychange', onVisible);
  };
}
