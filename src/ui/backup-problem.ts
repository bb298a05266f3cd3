// Why a backup was not restored, in the page's language: for the backup panel and for the console's `restore`,
// which the page has from the start while the panel loads when opened.
import type { BackupProblem } from '../node/index.ts';
import { isMessageKey, t } from './i18n/index.ts';

/** Why a backup was not restored, in the page's language. */
export function backupProblemText(problem: BackupProblem): string {
  const values: Record<string, string | number> = { ...problem.values };
  if (problem.code === 'chain-invalid') {
    const key = `reason.${values.reason}`;
    values.reason = isMessageKey(key) ? `${t(key)} (${values.reason})` : String(values.reason);
  }
  if (problem.code === 'storage-failed') {
    const key = `storage.${values.code}`;
    values.reason = isMessageKey(key) ? t(key) : String(values.code);
  }
  return t(`backup.problem.${problem.code}`, values);
}
