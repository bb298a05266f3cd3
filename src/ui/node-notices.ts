// The node's and the storage's messages in the page's language: they come as codes with values (src/node/notices.ts,
// StorageError's `code` and `action`), and every word of them is in src/ui/i18n.
import type { NodeNotice, SettingsProblem, StorageError } from '../node/index.ts';
import { type MessageKey, t } from './i18n/index.ts';

/** The page sees storage only through src/node/index.ts, which exports StorageError as a type: known by its name. */
function isStorageError(error: unknown): error is StorageError {
  return error instanceof Error && error.name === 'StorageError' && 'code' in error && 'action' in error;
}

/** The network's SettingsError (bad ?signal= or ?ice=), known by its name for the same reason. */
function isSettingsError(error: unknown): error is Error & { readonly problem: SettingsProblem } {
  return error instanceof Error && error.name === 'SettingsError' && 'problem' in error;
}

/** Why a signalling or ICE setting cannot be used, in the page's language. */
export function settingsProblemText(problem: SettingsProblem): string {
  return t(`settings.problem.${problem.code}`, { value: problem.value });
}

/** A failure for the page: a StorageError or SettingsError worded from its codes, any other by its own message. */
export function errorText(error: unknown): string {
  if (isStorageError(error)) return storageErrorText(error);
  if (isSettingsError(error)) return settingsProblemText(error.problem);
  return error instanceof Error ? error.message : String(error);
}

function valueText(value: NodeNotice['values'][string]): string {
  return typeof value === 'string' ? value : errorText(value);
}

/** Most of what a start tells needs the user's attention; a check under way is only news. */
export function noticeKind(notice: NodeNotice): 'info' | 'warning' {
  return notice.code === 'history-checking' ? 'info' : 'warning';
}

export function nodeNoticeText(notice: NodeNotice): string {
  const key: MessageKey = `notice.${notice.code}`;
  const values = Object.fromEntries(Object.entries(notice.values).map(([name, value]) => [name, valueText(value)]));
  return t(key, values);
}

/** "Saving 2 block(s) (tip 00ab…) failed: the browser's storage for this site is full. …" */
export function storageErrorText(error: StorageError): string {
  const { kind, ...values } = error.action;
  const action: MessageKey = `storage.action.${kind}`;
  const reason: MessageKey = `storage.${error.code}`;
  return t('storage.failed', { action: t(action, values), reason: t(reason) });
}
