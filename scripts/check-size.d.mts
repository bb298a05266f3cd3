// Types of scripts/check-size.mjs, for test/browser/pwa.spec.ts.
export declare const BUDGET_BYTES: number;
export type SizedFile = { file: string; kind: 'page' | 'worker' | 'service worker'; raw: number; gzip: number };
export type SizeResult = {
  files: SizedFile[];
  /** Gzip bytes of the page's entry and chunks. */
  page: number;
  /** Gzip bytes of Web Worker chunks (the miner). */
  worker: number;
  /** Gzip bytes of sw.js and the Workbox runtime: listed, not counted. */
  serviceWorker: number;
  /** page + worker: what the budget limits. */
  app: number;
  ok: boolean;
};
export declare function measure(distDir?: string): SizeResult;
export declare function report(result: SizeResult): string;
