// One setting read on its own (`loadSetting`): what a part of the node loads when it is first used, such as its IoT
// devices, without reading the blocks again. Same answers from both implementations, in the schema as it is.
import { describe, expect, it } from 'vitest';
import { createMemoryStore, type NodeStore, openIndexedDbStore } from '../../src/storage/index.ts';
import { freshIndexedDb } from './helpers.ts';

const implementations: Array<[string, () => Promise<NodeStore>]> = [
  ['memory', async () => createMemoryStore()],
  ['indexeddb', () => openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB: freshIndexedDb() })],
];

describe.each(implementations)('loadSetting: %s', (_name, open) => {
  it('reads back what saveSetting wrote, a copy, and undefined for a setting never saved or removed', async () => {
    const store = await open();
    const value = { devices: [{ name: 'thermometer-7', key: new Uint8Array([1, 2, 3]) }] };
    await store.saveSetting('iot-devices', value);
    const loaded = await store.loadSetting('iot-devices');
    expect(loaded).toEqual(value);
    expect(loaded).not.toBe(value);
    expect(await store.loadSetting('never')).toBeUndefined();
    await store.saveSetting('iot-devices', undefined);
    expect(await store.loadSetting('iot-devices')).toBeUndefined();
  });

  it('rejects with closed after close()', async () => {
    const store = await open();
    store.close();
    await expect(store.loadSetting('iot-devices')).rejects.toMatchObject({ code: 'closed' });
  });
});

it('a setting survives reopening the database', async () => {
  const indexedDB = freshIndexedDb();
  const first = await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });
  await first.saveSetting('iot-devices', ['kept']);
  first.close();
  const second = await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });
  expect(await second.loadSetting('iot-devices')).toEqual(['kept']);
});
