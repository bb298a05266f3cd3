// What a starting node has to tell its user, as codes with values: the page words them in its language
// (src/ui/i18n, keys `notice.<code>`).

export const NoticeCode = {
  /** No Web Locks (plain http on a LAN address) and no other tab to ask: a duplicated tab would run the same node twice. */
  NoLocks: 'no-locks',
  /** No Web Locks: the other tabs were asked which nodes they run, but a tab that does not answer in time is missed. */
  NoLocksAsked: 'no-locks-asked',
  /**
   * Node `{node}` (address `{address}`, '—' when unknown) that this device kept found no key in its database
   * (`{blocks}` blocks were left): its data is lost; this tab runs a new node and a backup can bring it back.
   */
  DataLost: 'data-lost',
  /** sessionStorage is blocked: a reload starts a new node. */
  NoSession: 'no-session',
  /** This tab is a copy of a tab that runs node `{original}`, so it started node `{node}`. */
  DuplicateTab: 'duplicate-tab',
  /** The browser did not grant persistent storage. */
  StorageBestEffort: 'storage-best-effort',
  /** The browser cannot be asked for persistent storage at all. */
  StorageUnsupported: 'storage-unsupported',
  /** The list of nodes on this device could not be opened: `{error}`. */
  RegistryUnavailable: 'registry-unavailable',
  /** This node could not be added to that list: `{error}`. */
  RegistryNotRecorded: 'registry-not-recorded',
  /** Stored records that could not be read were skipped: `{details}`. */
  RecordsSkipped: 'records-skipped',
  /** The peer network could not start (bad ?signal= or ?ice= settings): `{error}`. */
  NoNetwork: 'no-network',
  /** No module workers (capabilities.ts): this node cannot mine, and checks signatures on the page. */
  NoModuleWorkers: 'no-module-workers',
  /** No WebAssembly SIMD: the miner runs its JavaScript kernel, about a fifth of the rate. */
  NoWasmSimd: 'no-wasm-simd',
  /** No BroadcastChannel: this browser's tabs link through the signalling server, like separate devices. */
  NoBroadcastChannel: 'no-broadcast-channel',
  /** Started on the ledger snapshot at block `{base}`: the blocks before it are being read and checked. */
  HistoryChecking: 'history-checking',
  /** The stored ledger snapshot could not be used (`{reason}`): the whole chain was read and checked instead. */
  SnapshotDamaged: 'snapshot-damaged',
  /** The blocks before the snapshot's base disagreed with it: the node follows the blocks and took a new one. */
  SnapshotDisagreed: 'snapshot-disagreed',
} as const;
export type NoticeCode = (typeof NoticeCode)[keyof typeof NoticeCode];

/** Filled into the notice's text; an error is worded by the page too (a StorageError from its codes). */
export type NoticeValue = string | Error;

export type NodeNotice = {
  readonly code: NoticeCode;
  readonly values: Readonly<Record<string, NoticeValue>>;
};

export function nodeNotice(code: NoticeCode, values: Readonly<Record<string, NoticeValue>> = {}): NodeNotice {
  return { code, values };
}
