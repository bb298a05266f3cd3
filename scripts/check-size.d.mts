// Types of scripts/check-size.mjs, for test/browser/pwa.spec.ts.
export declare const BUDGET_BYTES: number;
export declare const FIRST_VISIT_IMPORTS: readonly string[];
export declare const FIRST_VISIT_TABLES: readonly string[];
export type SizedFile = {
  file: string;
  kind: 'page' | 'on demand' | 'language' | 'other language' | 'worker' | 'service worker';
  raw: number;
  gzip: number;
};
export type SizeResult = {
  files: SizedFile[];
  /** Gzip bytes of what the page loads on a first visit: its chunks and the tables of its costliest language. */
  page: number;
  /** Gzip bytes of the tables a first visit loads in its costliest language (included in `page`). */
  language: number;
  /** That language's code; null without Vite's manifest. */
  languageName: string | null;
  /** Gzip bytes of Web Worker chunks (the miner, the verifier). */
  worker: number;
  /** Gzip bytes of the chunks loaded only when a view is opened or a feature used: listed, not counted. */
  onDemand: number;
  /** Gzip bytes of sw.js and the Workbox runtime: listed, not counted. */
  serviceWorker: number;
  /** page + worker: what the budget limits. */
  app: number;
  ok: boolean;
};
/** The kinds of file a first visit loads: `app` is their gzip bytes. */
export declare const FIRST_VISIT_KINDS: readonly SizedFile['kind'][];
export declare function measure(distDir?: string): SizeResult;
export declare function report(result: SizeResult): string;
