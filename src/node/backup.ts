// Backing a node up and restoring one: the backup file (backup-file.ts) of this tab's node, and a backup read,
// checked with every rule of its room and written back into this device, under its own node id where that is free.
// Nothing is written until the whole file has checked out, so a bad file loses nothing.
import type { Block } from '../core/index.ts';
import {
  type BackupProblem,
  BackupProblemCode,
  backupProblem,
  type NodeBackup,
  readNodeBackup,
  writeNodeBackup,
} from './backup-file.ts';
import type { BlockchainNode } from './node.ts';

/** Where a restored node goes: this device's storage (backup-restore.ts in a browser, memory in tests). */
export interface RestoreTarget {
  /**
   * Stores the node of `backup` with `blocks` (genesis first, all checked) on this device: under the backup's node id
   * when no tab runs it and its database holds no other key, else under a new id. Resolves with the id used.
   */
  write(backup: NodeBackup, blocks: readonly Block[]): Promise<RestoreWritten>;
}

export type RestoreWritten =
  | { readonly ok: true; readonly nodeId: string }
  | { readonly ok: false; readonly problem: BackupProblem };

export type Restored = {
  /** The node id the backup's node now has on this device (its own unless that was taken). */
  readonly nodeId: string;
  readonly address: string;
  /** Blocks of the restored chain, genesis included. */
  readonly length: number;
  /**
   * 'this-node': the backup is of the node this tab runs, whose chain took the file's blocks; 'device': the node
   * was written to this device, and this tab's next load runs it.
   */
  readonly into: 'this-node' | 'device';
};

export type RestoreResult =
  | { readonly ok: true; readonly value: Restored }
  | { readonly ok: false; readonly problem: BackupProblem };

/** A node whose data this device lost, as a start found it (the page offers a restore for it). */
export type LostNode = { readonly nodeId: string; readonly address: string | null };

export class NodeBackups {
  constructor(
    private readonly node: BlockchainNode,
    private readonly target: RestoreTarget | null,
    private readonly now: () => number = Date.now,
    /** Nodes of this device whose data is lost: what the page offers to restore. */
    readonly lost: readonly LostNode[] = [],
  ) {}

  /** This node's backup file, private key included: the page hands it out only on an explicit click. */
  backup(): string {
    const { node } = this;
    return writeNodeBackup({
      network: node.network,
      nodeId: node.id,
      keys: node.keys,
      blocks: node.wholeMainChain(),
      createdAt: this.now(),
    });
  }

  /**
   * Reads and checks a backup (its key, its proof, its room, its chain with every rule), then brings its node back:
   * into this node's chain when it is this node's, else onto this device. Any problem is answered before anything
   * is written.
   */
  async restore(text: unknown): Promise<RestoreResult> {
    const read = readNodeBackup(text);
    if (!read.ok) return read;
    const { backup } = read;
    const { node } = this;
    if (backup.network !== node.network) return backupProblem(BackupProblemCode.OtherRoom, { network: backup.network });
    const checked = await node.checkChainFile(backup.text);
    if (checked === null || checked.verdict.network !== backup.network) {
      return backupProblem(BackupProblemCode.OtherRoom, { network: checked?.verdict.network ?? '?' });
    }
    const { verdict, blocks } = checked;
    if (verdict.firstInvalid !== null) {
      return backupProblem(BackupProblemCode.ChainInvalid, { ...verdict.firstInvalid });
    }
    if (blocks.length !== backup.length || blocks.at(-1)?.hash !== backup.tip) {
      return backupProblem(BackupProblemCode.TipMismatch);
    }
    const restored = { address: backup.keys.address, length: blocks.length };
    if (backup.keys.address === node.address) {
      // This node's own backup: its chain takes the file's blocks as it would a peer's (the fork choice decides).
      await node.acceptBlocks(node.prepareBlocks(blocks.slice(1)), 'import');
      await node.whenSaved();
      return { ok: true, value: { ...restored, nodeId: node.id, into: 'this-node' } };
    }
    if (this.target === null) {
      return backupProblem(BackupProblemCode.StorageFailed, { code: 'storage-unavailable' });
    }
    const written = await this.target.write(backup, blocks);
    if (!written.ok) return written;
    return { ok: true, value: { ...restored, nodeId: written.nodeId, into: 'device' } };
  }
}
