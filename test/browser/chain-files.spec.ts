// Chain files in the page: the chain downloaded as block.txt opens in another tab as a valid chain equal to the
// first, which that node takes; a Python tutorial chain with one edited amount is pointed out at the right block.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { openSection } from './sections.ts';

function roomUrl(): string {
  return `/?room=files-${Math.random().toString(36).slice(2, 8)}&difficulty=8`;
}

test('a downloaded block.txt opens in another tab as the same valid chain; a tampered tutorial chain is pointed out', async ({
  newNodePage,
}) => {
  const url = roomUrl();
  const miner = await newNodePage();
  await miner.goto(url);
  await miner.evaluate(async () => {
    await window.blockchain?.ready;
    for (let i = 0; i < 3; i++) await window.blockchain?.mine();
  });
  const downloading = miner.waitForEvent('download');
  await openSection(miner, 'chain-files');
  await miner.click('#chain-download-txt');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('block.txt');
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(text.trimEnd().split('\n')).toHaveLength(4);
  expect(text).toBe(await miner.evaluate(() => window.blockchain?.exportChain('block.txt')));

  const reader = await newNodePage();
  await reader.goto(url);
  await reader.evaluate(() => window.blockchain?.ready);
  await openSection(reader, 'chain-files');
  await reader.setInputFiles('#chain-open', { name: 'block.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(reader.locator('#chain-file-verdict')).toContainText('Every block checks out');
  await expect(reader.locator('#chain-file-verdict')).toContainText('this node took it');
  await expect(reader.locator('#chain-file-blocks li')).toHaveCount(4);
  await expect(reader.locator('#node-height')).toHaveText('4');
  const chains = await Promise.all([miner, reader].map((page) => page.evaluate(() => window.blockchain?.chain())));
  expect(chains[1]).toEqual(chains[0]);

  const tampered = readFileSync(new URL('../fixtures/tutorial/proof-hash-edited-amount.json', import.meta.url));
  await reader.setInputFiles('#chain-open', { name: 'chain.json', mimeType: 'application/json', buffer: tampered });
  await expect(reader.locator('#chain-file-verdict')).toContainText('Python tutorial');
  await expect(reader.locator('#chain-file-verdict')).toContainText('Block 4 fails');
  await expect(reader.locator('#chain-file-blocks li.broken').first()).toContainText('Block 4');
  const verdict = await reader.evaluate((json) => window.blockchain?.importChain(json), tampered.toString('utf8'));
  expect(verdict).toMatchObject({
    format: 'python-tutorial',
    valid: false,
    firstInvalid: { index: 4, reason: 'hash-link' },
  });
});
