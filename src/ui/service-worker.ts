// Registers the service worker vite-plugin-pwa generates (sw.js) and says when it is ready offline and when a new
// build waits: what vite-plugin-pwa's registerSW does over workbox-window, for the one flow this app uses (an update
// waits until the user accepts it). Written out, it is a fraction of workbox-window's 2.2 kB gzip, which every visit
// would load.

export type RegisterOptions = {
  /** A new build is installed and waits: the user may accept it (the returned function activates it). */
  onNeedRefresh?(): void;
  /** Kept for vite-plugin-pwa's shape: this registration never reloads by itself. */
  onNeedReload?(): void;
  /** The first service worker of this origin is installed: the app opens offline from now on. */
  onOfflineReady?(): void;
  onRegisteredSW?(url: string, registration: ServiceWorkerRegistration | undefined): void;
  onRegisterError?(error: unknown): void;
};
/** Registers; the function it returns activates the waiting build (the page reloads on `controllerchange`). */
export type RegisterSW = (options?: RegisterOptions) => (reloadPage?: boolean) => Promise<void>;

/** The message the generated sw.js answers with skipWaiting() (registerType 'prompt' in vite.config.ts). */
const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

export const registerServiceWorker: RegisterSW = (options = {}) => {
  const container = navigator.serviceWorker;
  const url = `${import.meta.env.BASE_URL}sw.js`;
  let waiting: ServiceWorker | null = null;
  const offer = (worker: ServiceWorker) => {
    if (worker === waiting) return;
    waiting = worker;
    options.onNeedRefresh?.();
  };
  // A worker that finishes installing while another controls the page is a new build: it waits for the user.
  // Without a controller it is the first one (clientsClaim makes it take this page): the app is ready offline.
  const follow = (worker: ServiceWorker) => {
    const installed = () => {
      if (worker.state !== 'installed') return;
      worker.removeEventListener('statechange', installed);
      if (container.controller === null) options.onOfflineReady?.();
      else offer(worker);
    };
    worker.addEventListener('statechange', installed);
  };
  const registered = container.register(url, { scope: import.meta.env.BASE_URL, type: 'classic' }).then(
    (registration) => {
      options.onRegisteredSW?.(url, registration);
      // A build that was already waiting when the page opened (left by an earlier visit) is offered too.
      if (registration.waiting !== null && container.controller !== null) offer(registration.waiting);
      if (registration.installing !== null) follow(registration.installing);
      registration.addEventListener('updatefound', () => {
        if (registration.installing !== null) follow(registration.installing);
      });
    },
    (error: unknown) => options.onRegisterError?.(error),
  );
  return async () => {
    await registered;
    waiting?.postMessage(SKIP_WAITING);
  };
};
