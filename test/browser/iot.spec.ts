// IoT devices, the paper's use case, across two nodes of one room: node A makes a device with a key of its own and
// starts a simulated sensor; its readings, signed by the device and mined by A, show in node B's records view with
// their confirmations and a chart with points. A hand-typed reading with a bad field is refused in words and kept.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { type ApiWindow, mesh, type NodePage, openNode, roomQuery, SPREAD_MS, testRoom } from './peers-harness.ts';
import { openSection } from './sections.ts';
import { SIZES, seriousViolations, shoot } from './ui-harness.ts';

type DeviceRecords = ReadonlyArray<{
  readonly address: string;
  readonly name: string;
  readonly records: ReadonlyArray<{
    readonly height: number | null;
    readonly confirmations: number;
    readonly reading: Record<string, string>;
  }>;
}>;
type IotWindow = ApiWindow & {
  blockchain: ApiWindow['blockchain'] & {
    devices(): Promise<Array<{ name: string; address: string }>>;
    deviceRecords(): Promise<DeviceRecords>;
  };
};

function recordsOf(node: NodePage): Promise<DeviceRecords> {
  return node.page.evaluate(() => (window as unknown as IotWindow).blockchain.deviceRecords());
}

/** Readings of the device waiting in the node's mempool. */
async function pendingReadings(node: NodePage, address: string): Promise<number> {
  const group = (await recordsOf(node)).find((g) => g.address === address);
  return group?.records.filter((r) => r.height === null).length ?? 0;
}

function mine(node: NodePage): Promise<unknown> {
  return node.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
}

/** A's page holds both halves of the view (its device's card and its records): one axe scan per size covers both. */
async function scanAndShoot(a: Page, b: Page, size: keyof typeof SIZES): Promise<void> {
  await a.setViewportSize(SIZES[size]);
  await b.setViewportSize(SIZES[size]);
  await shoot(a, '#iot', `iot-device-${size}`);
  await shoot(b, '#iot-records', `iot-records-${size}`);
  expect(await seriousViolations(a)).toEqual([]);
}

test("a simulated sensor's readings reach another node's records view, charted, with confirmations", async ({
  newNodePage,
  signalling,
}, info) => {
  // Two nodes, a sensor posting every two seconds, and two whole-page axe scans on a loaded machine.
  test.setTimeout(360_000);
  const query = roomQuery(testRoom('iot', info), 1, signalling);
  const a = await openNode(await newNodePage(), query);
  const b = await openNode(await newNodePage(), query);
  await mesh([a, b]);
  await a.page.setViewportSize(SIZES.desktop);
  await openSection(a.page, 'iot');
  const section = a.page.locator('#iot');
  await expect(section).toBeVisible();
  await expect(section.locator('#iot-none')).toBeVisible();

  // A device with a key of its own: its address is not the node's.
  await a.page.fill('#iot-new-name', 'thermometer-7');
  await a.page.click('#iot-create button[type=submit]');
  const card = section.locator('.iot-device', { hasText: 'thermometer-7' });
  await expect(card.locator('h4')).toHaveText('thermometer-7');
  const [device] = await a.page.evaluate(() => (window as unknown as IotWindow).blockchain.devices());
  if (device === undefined) throw new Error('no device was made');
  expect(device.address).not.toBe(a.address);
  await expect(card.locator('code.iot-hex')).toHaveText(device.address);

  // A sensor the browser lacks is said so in words, and nothing starts.
  const source = card.locator('select');
  await source.selectOption('light');
  await expect(card.locator('.iot-auto [role=status]')).toHaveText('Ambient light: not available in this browser.');
  await source.selectOption('simulated');

  // The simulated sensor: temperature between 18 and 24, a reading every 2 seconds.
  const labelled = (text: string) => card.getByLabel(text, { exact: true });
  await labelled('Quantity (key)').fill('temp');
  await labelled('Post every (seconds)').fill('1');
  await card.locator('.iot-toggle').click();
  await expect(card.getByText('Enter a whole number of seconds from 2 to 3600.')).toBeVisible();
  await expect(card.locator('.iot-toggle')).toHaveAttribute('aria-pressed', 'false');
  await labelled('Post every (seconds)').fill('2');
  await card.locator('.iot-toggle').click();
  await expect(card.locator('.iot-toggle')).toHaveAttribute('aria-pressed', 'true');

  // A mines the readings as they come: three blocks, each carrying what the sensor posted meanwhile.
  for (let block = 0; block < 3; block++) {
    await expect.poll(() => pendingReadings(a, device.address), { timeout: SPREAD_MS }).toBeGreaterThan(0);
    await mine(a);
  }
  await card.locator('.iot-toggle').click();
  await expect(card.locator('.iot-auto [role=status]')).toContainText(/^Stopped after \d+ readings?\.$/);
  await mine(a);

  // On B: the device's records, every one signed by its address, mined ones confirmed, and a chart with points.
  await b.page.setViewportSize(SIZES.desktop);
  await openSection(b.page, 'iot');
  const group = b.page.locator('#iot-records .iot-record-group', { hasText: device.address });
  await expect(group.locator('h4')).toHaveText('thermometer-7', { timeout: SPREAD_MS });
  // The header shows with the first record B holds; the last blocks may still be on their way.
  const minedOn = async (node: NodePage) =>
    (await recordsOf(node)).find((g) => g.address === device.address)?.records.filter((r) => r.height !== null) ?? [];
  const minedOnA = (await minedOn(a)).length;
  expect(minedOnA).toBeGreaterThanOrEqual(3);
  await expect.poll(async () => (await minedOn(b)).length, { timeout: SPREAD_MS }).toBe(minedOnA);
  const mined = await minedOn(b);
  for (const record of mined) {
    expect(record.confirmations).toBeGreaterThanOrEqual(1);
    expect(Number(record.reading.temp)).toBeGreaterThanOrEqual(18);
    expect(Number(record.reading.temp)).toBeLessThanOrEqual(24);
  }
  const chart = group.locator('svg.iot-chart');
  await expect(chart).toHaveAttribute('aria-label', /^temp: \d+ readings from block \d+ to block \d+/);
  // The view redraws on its own schedule: wait for it to draw every mined reading.
  const rows = group.locator('tbody tr:not(.iot-pending)');
  await expect(rows).toHaveCount(mined.length);
  const points = Number(await chart.getAttribute('data-points'));
  expect(points).toBeGreaterThanOrEqual(3);
  await expect(chart.locator('circle')).toHaveCount(points);
  const confirmations = await rows.locator('td:nth-child(2)').allTextContents();
  expect(confirmations.map(Number).every((n) => n >= 1)).toBe(true);

  // By hand: a reading with a bad field is refused in words, the field marked and its text kept; a good one goes.
  const reading = labelled('Reading: key=value fields separated by ;');
  await reading.fill('temp 21');
  await card.getByRole('button', { name: 'Post reading' }).click();
  await expect(card.getByText('Field 1 (temp 21) has no =: write key=value.')).toBeVisible();
  await expect(reading).toHaveValue('temp 21');
  await expect(reading).toHaveAttribute('aria-invalid', 'true');
  await reading.fill('temp=21;door=open');
  await card.getByRole('button', { name: 'Post reading' }).click();
  await expect(card.getByText('Posted temp=21;door=open: waiting in the mempool for a block.')).toBeVisible();
  await expect(reading).not.toHaveAttribute('aria-invalid', 'true');
  // Pending on B too, at 0 confirmations, before any block carries it.
  await expect(group.locator('tbody tr.iot-pending td:nth-child(2)')).toHaveText('0', { timeout: SPREAD_MS });

  await scanAndShoot(a.page, b.page, 'desktop');
  await scanAndShoot(a.page, b.page, 'phone');

  // The device is kept with the node: a reload finds it again.
  await a.page.reload();
  // The node starts again, and the view's chunk loads once the section is opened again.
  await openSection(a.page, 'iot');
  await expect(a.page.locator('#iot .iot-device h4')).toHaveText('thermometer-7', { timeout: SPREAD_MS });
});
