// "Backup": download this node's backup (its key pair and chain; the private key only after a second, explicit click
// past a warning), and restore a node from one. A node whose data this device lost is named at the top, so the
// restore it needs is never more than one file away.
import type { FullNode, NodeBackups, Restored } from '../node/index.ts';
import { notice } from './app.ts';
import { backupProblemText } from './backup-problem.ts';
import { bind, byId, setText, shortHash, type Unbind } from './dom.ts';
import { t } from './i18n/index.ts';

export function restoredText(restored: Restored): string {
  if (restored.into === 'this-node') return t('backup.restoredHere', { length: restored.length });
  return t('backup.restored', { node: restored.nodeId, address: shortHash(restored.address), length: restored.length });
}

/** `backup-<room>-<node id>.json`: a file name that says whose key is inside. */
export function backupFileName(node: FullNode): string {
  return `backup-${node.network}-${node.id}.json`;
}

/** Each lost node in the section and as a notice whose button opens the file picker: a restore is one click away. */
function showLost(backups: NodeBackups, doc: Document, pickFile: () => void): void {
  const lost = byId(doc, 'backup-lost', HTMLElement);
  const lines = backups.lost.map(({ nodeId, address }) =>
    t('backup.lost', { node: nodeId, address: address === null ? '—' : shortHash(address) }),
  );
  setText(lost, lines.join(' '));
  lost.hidden = lines.length === 0;
  for (const line of lines) notice(doc, line, 'warning', { label: t('backup.restore'), run: pickFile });
}

/** `save` hands a file to the browser's downloads (the chain files view's). */
export function mountBackupView(node: FullNode, doc: Document, save: (name: string, text: string) => void): Unbind {
  const { backups } = node;
  const section = byId(doc, 'backup', HTMLElement);
  if (backups === null) return () => {};
  const $ = <T extends HTMLElement>(id: string, type: new () => T) => byId(doc, id, type);
  const warning = $('backup-warning', HTMLElement);
  const input = $('backup-open', HTMLInputElement);
  const result = $('backup-result', HTMLElement);
  section.hidden = false;
  showLost(backups, doc, () => {
    section.scrollIntoView({ block: 'center' });
    input.click();
  });
  const unbinds = [
    // The first click only shows what the file holds; the key leaves the page on the second.
    bind($('backup-download', HTMLButtonElement), 'click', () => {
      warning.hidden = false;
    }),
    bind($('backup-cancel', HTMLButtonElement), 'click', () => {
      warning.hidden = true;
    }),
    bind($('backup-confirm', HTMLButtonElement), 'click', () => {
      warning.hidden = true;
      save(backupFileName(node), backups.backup());
    }),
    bind(input, 'change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      setText(result, t('backup.checking', { name: file.name }));
      const restored = await backups.restore(await file.text());
      input.value = '';
      if (!restored.ok) {
        setText(result, t('backup.failed', { reason: backupProblemText(restored.problem) }));
        return;
      }
      setText(result, restoredText(restored.value));
      // The restored node is what this tab's session names now: the next load runs it and syncs it from peers.
      if (restored.value.into === 'device') window.location.reload();
    }),
  ];
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
