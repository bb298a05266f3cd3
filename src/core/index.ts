// The core's public surface: pure chain logic shared by the page, the workers and Node. The Python tutorial's reader
// (tutorial-chain.ts, python-json.ts) is left out and imported from its modules: whatever this index re-exports and
// anything uses lands in the page's first chunk, and only opening a chain file needs it.

export * from './block.ts';
export * from './block-bytes.ts';
export * from './bounded-set.ts';
export * from './bytes.ts';
export * from './chain.ts';
export * from './chain-file.ts';
export * from './chain-io.ts';
export * from './confirmations.ts';
export * from './difficulty.ts';
export * from './errors.ts';
export * from './genesis.ts';
export * from './header.ts';
export * from './header-layout.ts';
export * from './keys.ts';
export * from './ledger.ts';
export * from './ledger-snapshot.ts';
export * from './listeners.ts';
export * from './mempool.ts';
export * from './merkle.ts';
export * from './miner-signature.ts';
export * from './mining.ts';
export * from './params.ts';
export * from './sha256-kernel.ts';
export * from './signature-rule.ts';
export * from './sorted-txids.ts';
export * from './transaction.ts';
