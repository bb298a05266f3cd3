// The node's notices and storage failures reach the page in its language, with their values: both come as codes,
// and every word is in the i18n tables.
import { describe, expect, it } from 'vitest';
import { RejectCode } from '../../src/core/index.ts';
import { SettingsError } from '../../src/net/signalling-config.ts';
import { FailureCode } from '../../src/node/failures.ts';
import { NoticeCode, nodeNotice } from '../../src/node/notices.ts';
import { StorageError, StorageErrorCode } from '../../src/storage/index.ts';
import { failureText } from '../../src/ui/failures.ts';
import { en } from '../../src/ui/i18n/en.ts';
import { loadLanguage } from '../../src/ui/i18n/index.ts';
import { ru } from '../../src/ui/i18n/ru.ts';
import { panelsEn } from '../../src/ui/i18n/sections/panels/en.ts';
import { panelsRu } from '../../src/ui/i18n/sections/panels/ru.ts';
import { errorText, nodeNoticeText, settingsProblemText, storageErrorText } from '../../src/ui/node-notices.ts';

describe('node notices in the page language', () => {
  const duplicate = nodeNotice(NoticeCode.DuplicateTab, { original: 'n-old', node: 'n-new' });

  it('words a notice with its values, in English and in Russian', async () => {
    expect(nodeNoticeText(duplicate)).toBe(
      'This tab is a copy of a tab that runs node n-old, so it started node n-new of its own.',
    );
    await loadLanguage('ru');
    expect(nodeNoticeText(duplicate)).toBe(
      'Эта вкладка — копия вкладки с узлом n-old, поэтому она запустила собственный узел n-new.',
    );
  });

  it('has a text for every notice code and storage error code, in both languages', () => {
    const keys = [
      ...Object.values(NoticeCode).map((code) => `notice.${code}`),
      ...Object.values(StorageErrorCode).map((code) => `storage.${code}`),
    ];
    for (const key of keys) {
      expect(en, key).toHaveProperty([key]);
      expect(ru, key).toHaveProperty([key]);
    }
  });

  it('words a storage failure inside a notice', () => {
    const failed = new StorageError(StorageErrorCode.Unavailable, { kind: 'open-database', database: 'bbc-devices' });
    const notice = nodeNotice(NoticeCode.RegistryUnavailable, { error: failed });
    expect(nodeNoticeText(notice)).toBe(
      'The list of nodes on this device is unavailable: Opening database bbc-devices failed: this browser ' +
        "won't let the page use IndexedDB (private browsing or site data blocked), so the node can't be saved.",
    );
  });
});

describe('storage failures in the page language', () => {
  const full = new StorageError(StorageErrorCode.QuotaExceeded, { kind: 'save-blocks', count: 2, tip: '00ab' });

  it('words a failure from its code and what was being done, in English and in Russian', async () => {
    expect(storageErrorText(full)).toBe(
      "Saving 2 blocks (tip 00ab) failed: the browser's storage for this site is full. Nothing already stored was " +
        'damaged; delete old nodes on this device or free disk space, then reload.',
    );
    await loadLanguage('ru');
    expect(storageErrorText(full)).toBe(
      'Сохранение: 2 блока (вершина 00ab): не получилось — хранилище браузера для этого сайта заполнено. ' +
        'Уже сохранённое не повреждено; удалите старые узлы на этом устройстве или освободите место на диске и ' +
        'перезагрузите страницу.',
    );
  });

  it('never shows the developer log line', () => {
    expect(full.message).toBe('save-blocks count=2 tip=00ab failed: quota-exceeded');
    expect(storageErrorText(full)).not.toContain(full.message);
  });

  it('words any failure: a StorageError from its codes, another error by its message', () => {
    expect(errorText(full)).toBe(storageErrorText(full));
    expect(errorText(new TypeError('not a node id'))).toBe('not a node id');
    expect(errorText('plain')).toBe('plain');
  });
});

describe('network settings problems in the page language', () => {
  it('words a bad ?signal= in the no-network notice and in the settings form, in English and in Russian', async () => {
    const problem = { code: 'signal-not-url', value: 'not a url' } as const;
    const notice = nodeNotice(NoticeCode.NoNetwork, { error: new SettingsError(problem) });
    expect(nodeNoticeText(notice)).toBe(
      'No peer network: signal not a url is not a URL (e.g. http://127.0.0.1:9000/peerjs) or none',
    );
    await loadLanguage('ru');
    expect(settingsProblemText(problem)).toBe(
      'signal not a url — не URL (например, http://127.0.0.1:9000/peerjs) и не none',
    );
  });

  it('has a text for every settings problem code, in both languages', () => {
    for (const code of ['signal-not-url', 'signal-bad-protocol', 'ice-not-json', 'ice-bad-servers']) {
      expect(en).toHaveProperty([`settings.problem.${code}`]);
      expect(ru).toHaveProperty([`settings.problem.${code}`]);
    }
  });
});

describe('failures of node commands in the page language', () => {
  it('words a refusal with its code and its reason, in English and in Russian', async () => {
    const failure = { code: 'refused', field: 'amount', values: { reason: 'overspend', detail: 'x' } } as const;
    expect(failureText(failure)).toBe('refused by the chain rules (overspend): the balance does not cover it');
    await loadLanguage('ru');
    expect(failureText(failure)).toBe('отклонено правилами цепочки (overspend): баланса не хватает');
  });

  it('has a text for every failure code and every reject code, in both languages', () => {
    const keys = [
      ...Object.values(FailureCode).map((code) => `failure.${code}`),
      ...Object.values(RejectCode).map((code) => `reason.${code}`),
    ];
    // Failures of what only views off the first screen do (the 51% lesson) are worded in the panels' chunk.
    for (const key of keys) {
      expect({ ...en, ...panelsEn }, key).toHaveProperty([key]);
      expect({ ...ru, ...panelsRu }, key).toHaveProperty([key]);
    }
  });
});

describe('network log lines in the page language', () => {
  it('has a text for every way a link or a sync ends, in both languages', () => {
    const linkEnds = ['node-stopped', 'went-offline', 'closed-by-peer', 'replaced', 'no-status', 'banned', 'silent'];
    const syncEnds = ['caught-up', 'resolved', 'no-progress', 'disconnected', 'no-verdict', 'invalid-block'];
    const keys = [
      ...[...linkEnds, 'unread-bytes', 'link-failed'].map((code) => `link-end.${code}`),
      ...[...syncEnds, 'not-following', 'undecodable', 'chain-refused', 'failed'].map((code) => `sync.${code}`),
    ];
    // The network panel's words, in the panels' chunk (src/ui/i18n/sections/panels).
    for (const key of keys) {
      expect(panelsEn, key).toHaveProperty([key]);
      expect(panelsRu, key).toHaveProperty([key]);
    }
  });
});
