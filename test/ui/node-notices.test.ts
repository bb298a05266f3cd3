// The node's notices and storage failures reach the page in its language, with their values, and fall back to the
// node's English sentence for a code no table knows.
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeCode, nodeNotice } from '../../src/node/notices.ts';
import { StorageErrorCode, storageError } from '../../src/storage/index.ts';
import { setLanguage } from '../../src/ui/i18n/index.ts';
import { nodeNoticeText, storageErrorText } from '../../src/ui/node-notices.ts';

afterEach(() => setLanguage('en'));

describe('node notices in the page language', () => {
  const duplicate = nodeNotice(NoticeCode.DuplicateTab, 'English sentence', { original: 'n-old', node: 'n-new' });

  it('words a notice with its values, in English and in Russian', () => {
    expect(nodeNoticeText(duplicate)).toBe(
      'This tab is a copy of a tab that runs node n-old, so it started node n-new of its own.',
    );
    setLanguage('ru');
    expect(nodeNoticeText(duplicate)).toBe(
      'Эта вкладка — копия вкладки с узлом n-old, поэтому она запустила собственный узел n-new.',
    );
  });

  it('falls back to the English text for a code the tables do not know', () => {
    const unknown = {
      code: 'from-a-newer-node',
      values: {},
      text: 'Something new happened.',
    } as unknown as typeof duplicate;
    expect(nodeNoticeText(unknown)).toBe('Something new happened.');
  });

  it('words a storage failure with what was being done', () => {
    const full = storageError(StorageErrorCode.QuotaExceeded, 'Saving 2 blocks');
    expect(storageErrorText(full)).toBe(full.message);
    setLanguage('ru');
    expect(storageErrorText(full)).toMatch(/^Saving 2 blocks: не получилось — хранилище браузера/);
  });
});
