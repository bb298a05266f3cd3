// Block anatomy: a block opened from its chain card shows the 92 header bytes the core encodes, a known
// transaction's Merkle path (its siblings, and a root equal to the header's), and the leading zeros of hash and
// target; the height picker refuses a bad height without losing anything, and the view follows new blocks.
import type { Page } from '@playwright/test';
import { type Block, blockFromJson, bytesToHex, leafHashOf, merklePath } from '../../src/core/index.ts';
import { targetHex } from '../../src/ui/block-anatomy-model.ts';
import { expect, test } from './fixtures.ts';
import { mineBlocks, ready, SIZES, seriousViolations, shoot, uiRoom } from './ui-harness.ts';

const DIFFICULTY = 8;

/** Block `index` of the page's chain file, read back by the core: its header is the core's own encoding. */
async function blockOf(page: Page, index: number): Promise<Block> {
  const text = await page.evaluate(() => window.blockchain?.exportChain('json') ?? '');
  const json = (JSON.parse(text) as { chain: unknown[] }).chain[index - 1];
  const block = blockFromJson(json);
  if (!block.ok) throw new Error(`block ${index}: ${block.detail}`);
  return block.value;
}

function leadingZeroBits(hex: string): number {
  const bits = [...hex].map((digit) => Number.parseInt(digit, 16).toString(2).padStart(4, '0')).join('');
  return bits.indexOf('1') === -1 ? bits.length : bits.indexOf('1');
}

test('a block taken apart: header bytes, Merkle path, leading zeros, picker and following the tip', async ({
  newNodePage,
}) => {
  // Two whole-page axe scans take tens of seconds each on a loaded machine.
  test.setTimeout(240_000);
  const page = await newNodePage();
  await page.setViewportSize(SIZES.desktop);
  await page.goto(uiRoom('anatomy', DIFFICULTY));
  await ready(page);
  const view = page.locator('#block-anatomy');
  await expect(view).toBeVisible();

  // Block 4 holds the reward and four records: a tree of five leaves, with an odd node promoted twice.
  await mineBlocks(page, 2);
  for (const info of ['lesson-a', 'lesson-b', 'lesson-c', 'lesson-d']) {
    await page.evaluate(
      (record) => window.blockchain?.newTransaction({ recipient: 'ab'.repeat(20), info: record, amount: 1 }),
      info,
    );
  }
  await mineBlocks(page, 2);
  // It follows the tip until a block is picked.
  await expect(view).toHaveAttribute('data-index', '5');
  await expect(page.locator('#anatomy-status')).toHaveText(
    'Block 5, the newest: each new block shows here as it arrives.',
  );

  // Opened from its card in the chain view (pictured: the link at the card's foot).
  await shoot(page, '#blocks .block-card[data-index="4"]', 'desktop-chain-card-anatomy-link');
  await page.locator('#blocks a[data-anatomy-block="4"]').click();
  await expect(view).toHaveAttribute('data-index', '4');
  await expect(page.locator('#anatomy-status')).toHaveText('Block 4 of 5.');
  const block = await blockOf(page, 4);
  expect(block.transactions).toHaveLength(5);

  // The 92 bytes shown are the core's encoding of that block, field by field where the layout puts them.
  const shownBytes = await page.locator('#anatomy-bytes .anatomy-byte').allTextContents();
  expect(shownBytes).toHaveLength(92);
  expect(shownBytes.join('')).toBe(bytesToHex(block.header));
  const nonceBytes = await page.locator('#anatomy-bytes [data-field="nonce"] .anatomy-byte').allTextContents();
  expect(nonceBytes.join('')).toBe(block.nonce.toString(16).padStart(16, '0'));
  await expect(page.locator('#anatomy-fields [data-field="transactionsRoot"] .anatomy-field-value')).toHaveText(
    block.transactionsRoot,
  );
  await expect(page.locator('#anatomy-legend li')).toHaveCount(7);
  expect(JSON.parse((await page.locator('#anatomy-json').textContent()) ?? '')).toMatchObject({
    index: 4,
    hash: block.hash,
    proof: block.nonce,
  });

  // The known transaction 'lesson-c': its path's siblings are the core's merklePath, its root the header's.
  const known = block.transactions.findIndex((tx) => tx.info === 'lesson-c');
  expect(known).toBeGreaterThan(0);
  const siblings = merklePath(block.transactions.map(leafHashOf), known).map((step) => bytesToHex(step.sibling));
  expect(siblings.length).toBeGreaterThan(0);
  const tree = page.locator('#anatomy-tree');
  await expect(tree.locator('.anatomy-node.root')).toHaveAttribute('data-hash', block.transactionsRoot);
  await tree.locator(`.anatomy-tx[data-tx="${known}"]`).click();
  await expect(tree.locator(`.anatomy-tx[data-tx="${known}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#anatomy-path .anatomy-sibling-hash')).toHaveText(siblings);
  const marked = await tree
    .locator('.anatomy-node[data-role="sibling"]')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.hash));
  expect(marked.sort()).toEqual([...siblings].sort());
  await expect(tree.locator('.anatomy-node[data-role="sibling"] .anatomy-node-tag')).toHaveText(
    Array(siblings.length).fill(/^sibling/),
  );
  await expect(page.locator('#anatomy-path-root-hash')).toHaveText(block.transactionsRoot);
  await expect(page.locator('#anatomy-path-root')).toContainText('It equals the Merkle root in the header.');

  // Keyboard: another transaction's button, activated with the space bar, takes the path over.
  const other = (known + 1) % block.transactions.length;
  await tree.locator(`.anatomy-tx[data-tx="${other}"]`).focus();
  await page.keyboard.press('Space');
  await expect(tree.locator(`.anatomy-tx[data-tx="${other}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(tree.locator(`.anatomy-tx[data-tx="${known}"]`)).toHaveAttribute('aria-pressed', 'false');
  await expect(tree.locator(`.anatomy-tx[data-tx="${other}"]`)).toBeFocused();

  // Leading zeros marked in hex and in bits, in the hash and in the target.
  const zeros = leadingZeroBits(block.hash);
  expect(zeros).toBeGreaterThanOrEqual(DIFFICULTY);
  await expect(page.locator('#anatomy-hash')).toHaveText(block.hash);
  await expect(page.locator('#anatomy-hash mark.anatomy-zero')).toHaveText('0'.repeat(Math.floor(zeros / 4)));
  expect((await page.locator('#anatomy-hash-bits mark.anatomy-zero').allTextContents()).join('')).toBe(
    '0'.repeat(zeros),
  );
  await expect(page.locator('#anatomy-target')).toHaveText(targetHex(DIFFICULTY));
  await expect(page.locator('#anatomy-target mark.anatomy-zero')).toHaveText('00');
  expect((await page.locator('#anatomy-target-bits mark.anatomy-zero').allTextContents()).join('')).toBe('0'.repeat(8));
  expect(block.hash <= targetHex(DIFFICULTY)).toBe(true);

  // A bad height says what is accepted and keeps both the block shown and the text typed.
  const height = page.locator('#anatomy-height');
  await height.fill('9');
  await height.press('Enter');
  await expect(page.locator('#anatomy-height-error')).toHaveText('Enter a whole number from 1 to 5.');
  await expect(height).toHaveAttribute('aria-invalid', 'true');
  await expect(height).toHaveValue('9');
  await expect(view).toHaveAttribute('data-index', '4');
  await height.fill('2');
  await height.press('Enter');
  await expect(view).toHaveAttribute('data-index', '2');
  await expect(page.locator('#anatomy-height-error')).toBeHidden();
  await expect(height).not.toHaveAttribute('aria-invalid');

  // Back to the newest block, which then follows the next one mined; the picker's limit follows too.
  await page.getByRole('button', { name: 'Newest block' }).click();
  await expect(view).toHaveAttribute('data-index', '5');
  await mineBlocks(page, 1);
  await expect(view).toHaveAttribute('data-index', '6');
  await expect(height).toHaveAttribute('max', '6');

  // Pictured: block 4 with the path of 'lesson-c' marked, at both sizes and in the dark theme.
  await page.locator('#blocks a[data-anatomy-block="4"]').click();
  await tree.locator(`.anatomy-tx[data-tx="${known}"]`).click();
  // Soft: every size is scanned and pictured even when one of them fails.
  await shoot(page, '#block-anatomy', 'desktop-block-anatomy');
  expect.soft(await seriousViolations(page), 'desktop').toEqual([]);
  await page.setViewportSize(SIZES.phone);
  await shoot(page, '#block-anatomy', 'phone-block-anatomy');
  expect.soft(await seriousViolations(page), 'phone').toEqual([]);
  // The dark theme as the page sets it (its toggle sits behind the phone menu): colours and marks must read there too.
  await page.evaluate(() => {
    document.documentElement.dataset.theme = 'dark';
  });
  await shoot(page, '#block-anatomy', 'phone-block-anatomy-dark');
});
