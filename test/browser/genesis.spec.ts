// The page shows the genesis block of the room named in its URL, exactly as the core computes it in Node.
import { blockToJson, createGenesisBlock, createNetworkParams } from '../../src/core/index.ts';
import { expect, test } from './fixtures.ts';

function expectedGenesis(room: string) {
  return createGenesisBlock(createNetworkParams(room));
}

test('each room shows its own genesis block, identical to the one computed in Node', async ({ newNodePage }) => {
  const rooms = ['alpha', 'beta'] as const;
  // One context per node: two devices joining two different rooms.
  const pages = await Promise.all(rooms.map(() => newNodePage()));
  await Promise.all(pages.map((page, i) => page.goto(`/?room=${rooms[i]}`)));

  const shownHashes: string[] = [];
  for (const [i, page] of pages.entries()) {
    const room = rooms[i] ?? '';
    const genesis = expectedGenesis(room);
    await expect(page.locator('#network-name')).toHaveText(room);
    await expect(page.locator('#genesis-hash')).toHaveText(genesis.hash);
    await expect(page.locator('#genesis-index')).toHaveText(String(genesis.index));
    await expect(page.locator('#genesis-timestamp')).toContainText(String(genesis.timestamp));
    await expect(page.locator('#genesis-difficulty')).toHaveText(String(genesis.difficulty));
    await expect(page.locator('#error')).toBeHidden();
    const shownJson: unknown = JSON.parse((await page.locator('#genesis-json').textContent()) ?? '');
    expect(shownJson).toEqual(blockToJson(genesis));
    expect(await page.evaluate(() => window.blockchainGenesis)).toEqual(blockToJson(genesis));
    shownHashes.push((await page.locator('#genesis-hash').textContent()) ?? '');
  }
  expect(shownHashes[0]).toMatch(/^[0-9a-f]{64}$/);
  expect(shownHashes[0]).not.toBe(shownHashes[1]);
});

test('without ?room the page joins the default network "classroom"', async ({ newNodePage }) => {
  const page = await newNodePage();
  await page.goto('/');
  await expect(page.locator('#network-name')).toHaveText('classroom');
  await expect(page.locator('#genesis-hash')).toHaveText(expectedGenesis('classroom').hash);
});

const BAD_ROOMS = [
  { what: 'a space and a "!"', query: '%20bad!' },
  { what: 'an empty name', query: '' },
  { what: '65 characters', query: 'a'.repeat(65) },
  { what: 'markup', query: encodeURIComponent('<img src=x onerror=alert(1)>') },
];

for (const { what, query } of BAD_ROOMS) {
  test(`a room name with ${what} shows an error and joins no network`, async ({ newNodePage }) => {
    const page = await newNodePage();
    await page.goto(`/?room=${query}`);
    await expect(page.locator('#error')).toBeVisible();
    await expect(page.locator('#error')).toContainText('Invalid room name');
    await expect(page.locator('#genesis')).toBeHidden();
    // The name is shown as text, never parsed as HTML.
    await expect(page.locator('#error img')).toHaveCount(0);
    expect(await page.evaluate(() => window.blockchainGenesis)).toBeUndefined();
  });
}
