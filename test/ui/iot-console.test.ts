// The IoT devices in `window.blockchain`: small calls over the node's devices, refusals thrown worded and coded.
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/net/clock.ts';
import { FullNode } from '../../src/node/full-node.ts';
import { createMemoryStore } from '../../src/storage/index.ts';
import { createConsoleApi } from '../../src/ui/console-api.ts';
import { NOW } from '../core/helpers.ts';
import { openChainNode } from '../node/fakes.ts';

async function startNode() {
  const chainNode = await openChainNode('n-iot-console');
  return FullNode.start({ chainNode, iotStore: createMemoryStore(), clock: { ...systemClock, now: () => NOW } });
}

describe('the console: IoT devices', () => {
  it('adds a device, posts a reading from an object, and lists its records with confirmations', async () => {
    const api = createConsoleApi(startNode());
    const device = await api.addDevice('thermometer-7');
    expect(await api.devices()).toEqual([device]);
    const posted = await api.postReading('thermometer-7', { temp: 21 });
    expect(posted).toMatchObject({ sender: device.address, recipient: 'thermometer-7', amount: 0, info: 'temp=21' });
    expect(await api.deviceRecords()).toMatchObject([
      { address: device.address, name: 'thermometer-7', records: [{ confirmations: 0, reading: { temp: '21' } }] },
    ]);
    await api.mine();
    expect((await api.deviceRecords())[0]?.records[0]).toMatchObject({ confirmations: 1, height: 2 });
  });

  it('throws an IotError with its code and words', async () => {
    const api = createConsoleApi(startNode());
    await api.addDevice('s');
    await expect(api.addDevice('S')).rejects.toMatchObject({
      name: 'IotError',
      code: 'name-taken',
      message: 's is already a device of this node.',
    });
    await expect(api.postReading('s', 'temp')).rejects.toMatchObject({
      code: 'bad-reading',
      message: 'Field 1 (temp) has no =: write key=value.',
    });
    await expect(api.postReading('nobody', { temp: 1 })).rejects.toMatchObject({ code: 'unknown-device' });
  });
});
