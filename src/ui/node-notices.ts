// The node's and the storage's messages in the page's language: they come as codes with values (src/node/notices.ts,
// StorageError), and their English text is the fallback for a code no table knows.
import type { NodeNotice } from '../node/notices.ts';
import type { StorageError } from '../storage/index.ts';
import { isMessageKey, t } from './i18n/index.ts';

export function nodeNoticeText(notice: NodeNotice): string {
  const key = `notice.${notice.code}`;
  return isMessageKey(key) ? t(key, notice.values) : notice.text;
}

export function storageErrorText(error: StorageError): string {
  const key = `storage.${error.code}`;
  if (!isMessageKey(key) || error.action === '') return error.message;
  return t('storage.failed', { action: error.action, reason: t(key) });
}
