// A node's IoT devices: names and key pairs kept in the node's store, readings signed by the device and taken by the
// node's own transaction path (mempool, save, a mined block), every refusal coded and leaving nothing half done.
import { describe, expect, it } from 'vitest';
import { checkTransaction, isCoinbase } from '../../src/core/index.ts';
import { systemClock } from '../../src/net/clock.ts';
import { FullNode } from '../../src/node/full-node.ts';
import {
  IOT_DEVICES_SETTING,
  type IotDeviceStore,
  type IotResult,
  MAX_IOT_DEVICES,
} from '../../src/node/iot-devices.ts';
import { createMemoryStore } from '../../src/storage/index.ts';
import { NOW, params } from '../core/helpers.ts';
import { openChainNode, succeededWith } from './fakes.ts';

function value<T>(result: IotResult<T>): T {
  if (!result.ok) throw new Error(`IoT command failed: ${JSON.stringify(result.problem)}`);
  return result.value;
}

async function startNode(iotStore: IotDeviceStore | null = createMemoryStore()) {
  const chainNode = await openChainNode('n-iot');
  return FullNode.start({ chainNode, iotStore, clock: { ...systemClock, now: () => NOW } });
}

describe("a node's IoT devices", () => {
  it('makes devices with keys of their own, kept in the store and read back by the next start', async () => {
    const store = createMemoryStore();
    const node = await startNode(store);
    const thermometer = value(await (await node.iotDevices()).create('thermometer-7'));
    const door = value(await (await node.iotDevices()).create('  front door  '));
    expect(door.name).toBe('front door');
    expect(thermometer.address).not.toBe(node.address);
    expect(thermometer.address).not.toBe(door.address);
    expect(await store.loadSetting(IOT_DEVICES_SETTING)).toMatchObject({ version: 1 });

    const again = await startNode(store);
    expect((await (await again.iotDevices()).list()).map((d) => [d.name, d.address])).toEqual([
      ['thermometer-7', thermometer.address],
      ['front door', door.address],
    ]);
  });

  it('renames and removes by name or address, and refuses bad, taken and unknown names', async () => {
    const node = await startNode();
    const a = value(await (await node.iotDevices()).create('sensor-a'));
    value(await (await node.iotDevices()).create('sensor-b'));
    expect(await (await node.iotDevices()).create('SENSOR-A ')).toEqual({
      ok: false,
      problem: { code: 'name-taken', name: 'sensor-a' },
    });
    expect(await (await node.iotDevices()).create('   ')).toEqual({ ok: false, problem: { code: 'name-invalid' } });
    expect(await (await node.iotDevices()).create('bad\nname')).toEqual({
      ok: false,
      problem: { code: 'name-invalid' },
    });
    expect(await (await node.iotDevices()).create(node.address)).toEqual({
      ok: false,
      problem: { code: 'name-invalid' },
    });
    expect(await (await node.iotDevices()).create(7)).toEqual({ ok: false, problem: { code: 'name-invalid' } });
    expect(await (await node.iotDevices()).rename('sensor-a', 'sensor-b')).toMatchObject({
      ok: false,
      problem: { code: 'name-taken' },
    });
    const renamed = value(await (await node.iotDevices()).rename(a.address, 'kitchen'));
    expect(renamed).toMatchObject({ name: 'kitchen', address: a.address });
    expect(await (await node.iotDevices()).remove('nowhere')).toEqual({
      ok: false,
      problem: { code: 'unknown-device', device: 'nowhere' },
    });
    value(await (await node.iotDevices()).remove('KITCHEN'));
    expect((await (await node.iotDevices()).list()).map((d) => d.name)).toEqual(['sensor-b']);
  });

  it(`holds at most ${MAX_IOT_DEVICES} devices`, async () => {
    const node = await startNode();
    for (let i = 0; i < MAX_IOT_DEVICES; i++) value(await (await node.iotDevices()).create(`s${i}`));
    expect(await (await node.iotDevices()).create('one-more')).toEqual({
      ok: false,
      problem: { code: 'too-many-devices', max: MAX_IOT_DEVICES },
    });
  });

  it("posts a reading as a record of 0 the device signs, which the node's next block carries", async () => {
    const node = await startNode();
    const device = value(await (await node.iotDevices()).create('thermometer-7'));
    const events: string[] = [];
    node.subscribe((event) => event.type === 'transaction' && events.push(event.transaction.txid));
    const { transaction } = value(
      await (await node.iotDevices()).postReading('thermometer-7', { temp: 21.5, door: 'open' }),
    );
    expect(transaction).toMatchObject({
      sender: device.address,
      recipient: 'thermometer-7',
      amount: 0,
      info: 'temp=21.5;door=open',
      timestamp: NOW,
    });
    expect(transaction.publicKey).toEqual(device.publicKey);
    expect(checkTransaction(transaction, params).ok).toBe(true);
    expect(events).toEqual([transaction.txid]);
    expect(node.snapshot().mempool.map((tx) => tx.txid)).toEqual([transaction.txid]);

    const block = succeededWith(await node.mine());
    expect(block.transactions.map((tx) => tx.txid)).toContain(transaction.txid);
    expect(node.chain.tip.transactions.filter((tx) => !isCoinbase(tx)).map((tx) => tx.sender)).toEqual([
      device.address,
    ]);
    // A reading of text and of fields take the same path.
    value(await (await node.iotDevices()).postReading(device.address, 'temp=22'));
    value(await (await node.iotDevices()).postReading(device.address, [{ key: 'temp', value: '23' }]));
    expect(node.snapshot().mempool.map((tx) => tx.info)).toEqual(['temp=22', 'temp=23']);
  });

  it('refuses a bad reading with its code, and the node keeps nothing of it', async () => {
    const node = await startNode();
    value(await (await node.iotDevices()).create('s'));
    expect(await (await node.iotDevices()).postReading('s', 'temp=1;temp=2')).toEqual({
      ok: false,
      problem: { code: 'bad-reading', reading: { code: 'duplicate-key', key: 'temp' } },
    });
    expect(await (await node.iotDevices()).postReading('s', { temp: Number.POSITIVE_INFINITY })).toMatchObject({
      problem: { code: 'bad-reading', reading: { code: 'not-a-value', key: 'temp' } },
    });
    // The room's limit on info: 64 bytes in the test network.
    expect(await (await node.iotDevices()).postReading('s', `note=${'x'.repeat(60)}`)).toMatchObject({
      problem: { code: 'bad-reading', reading: { code: 'too-large', max: params.maxInfoBytes } },
    });
    expect(await (await node.iotDevices()).postReading('nobody', 'temp=1')).toMatchObject({
      problem: { code: 'unknown-device' },
    });
    expect(node.snapshot().mempool).toEqual([]);
  });

  it("meets the mempool's share for senders without coins: the fifth pending reading waits for a block", async () => {
    const node = await startNode();
    value(await (await node.iotDevices()).create('s'));
    for (let i = 0; i < 4; i++) value(await (await node.iotDevices()).postReading('s', { n: i }));
    expect(await (await node.iotDevices()).postReading('s', { n: 4 })).toMatchObject({
      ok: false,
      problem: { code: 'node-failure', failure: { code: 'refused', values: { reason: 'too-many-transactions' } } },
    });
    succeededWith(await node.mine());
    value(await (await node.iotDevices()).postReading('s', { n: 4 }));
  });

  it('changes nothing when the store cannot keep a change, and says so', async () => {
    const store = createMemoryStore();
    const node = await startNode({
      loadSetting: (key) => store.loadSetting(key),
      saveSetting: () => Promise.reject(new Error('disk full')),
    });
    expect(await (await node.iotDevices()).create('s')).toMatchObject({
      ok: false,
      problem: { code: 'storage-failed' },
    });
    expect(await (await node.iotDevices()).list()).toEqual([]);
    const storeless = await startNode(null);
    expect(await (await storeless.iotDevices()).create('s')).toEqual({ ok: false, problem: { code: 'no-storage' } });
  });

  it('skips stored entries it cannot read', async () => {
    const store = createMemoryStore();
    const node = await startNode(store);
    const kept = value(await (await node.iotDevices()).create('kept'));
    const record = (await store.loadSetting(IOT_DEVICES_SETTING)) as { devices: unknown[] };
    await store.saveSetting(IOT_DEVICES_SETTING, {
      ...record,
      devices: [...record.devices, { name: 'no key' }, 'junk', { ...(record.devices[0] as object), name: 'KEPT' }],
    });
    expect((await (await (await startNode(store)).iotDevices()).list()).map((d) => d.address)).toEqual([kept.address]);
  });
});
