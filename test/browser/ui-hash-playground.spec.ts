// The hash playground: the live SHA-256 of typed text, the hex characters that changed since the last keystroke
// marked (the avalanche effect), and leading zero bits judged against a chosen difficulty by the chain's rule.
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openSection } from './sections.ts';
import { ready, SIZES, seriousViolations, shoot, uiRoom } from './ui-harness.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function leadingZeroBits(hex: string): number {
  const bits = [...hex].map((digit) => Number.parseInt(digit, 16).toString(2).padStart(4, '0')).join('');
  return bits.indexOf('1') === -1 ? bits.length : bits.indexOf('1');
}

/** Positions in the shown hex of the characters inside a <mark>, read from the page's own text nodes. */
function markedPositions(page: Page): Promise<number[]> {
  return page.locator('#hash-hex').evaluate((hex) => {
    const positions: number[] = [];
    const walker = document.createTreeWalker(hex, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
      const length = text.textContent?.length ?? 0;
      if (text.parentElement?.tagName === 'MARK') for (let i = 0; i < length; i++) positions.push(offset + i);
      offset += length;
    }
    return positions;
  });
}

test('typing marks the changed hash characters and judges leading zero bits', async ({ newNodePage }) => {
  // A whole-page axe scan takes seconds on a loaded machine.
  test.setTimeout(60_000);
  const page = await newNodePage();
  await page.setViewportSize(SIZES.desktop);
  await page.goto(uiRoom('hash'));
  await ready(page);
  await openSection(page, 'hash-playground');
  const input = page.locator('#hash-input');
  const hex = page.locator('#hash-hex');

  await input.fill('abc');
  await expect(hex).toHaveText('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');

  await input.fill('abd');
  await expect(hex).toHaveText(sha256('abd'));
  const before = sha256('abc');
  const expected = [...sha256('abd')].flatMap((digit, i) => (digit === before[i] ? [] : [i]));
  expect(expected.length).toBeGreaterThan(0);
  expect(await markedPositions(page)).toEqual(expected);
  await expect(page.locator('#hash-changed')).toHaveText(
    `${expected.length} characters of 64 changed since the last edit (marked).`,
  );

  // A text whose hash starts with a zero byte, found here by the test's own SHA-256.
  let n = 0;
  while (!sha256(`lesson ${n}`).startsWith('00')) n++;
  const text = `lesson ${n}`;
  const zeros = leadingZeroBits(sha256(text));
  await input.fill(text);
  await page.fill('#hash-difficulty', String(zeros));
  await expect(page.locator('#hash-verdict')).toHaveText(`${zeros} leading zero bits: meets difficulty ${zeros}.`);
  await expect(page.locator('#hash-bits .hash-zero')).toHaveText(Array(Math.ceil(zeros / 4)).fill(/^0+$/));
  await page.fill('#hash-difficulty', String(zeros + 1));
  await expect(page.locator('#hash-verdict')).toHaveText(
    `${zeros} leading zero bits: does not meet difficulty ${zeros + 1}.`,
  );
  // The bits the rule needs to be zero are lined: the first zeros + 1, the last of them the one that is not zero.
  const required = await page.locator('#hash-bits .hash-required').allTextContents();
  expect(required.join('')).toBe(`${'0'.repeat(zeros)}1`);
  await expect(page.locator('#hash-required')).toHaveText(
    `Difficulty ${zeros + 1}: every bit with a line above it must be zero.`,
  );
  await page.fill('#hash-difficulty', '40');
  await expect(page.locator('#hash-difficulty-error')).toHaveText('Enter a whole number from 0 to 32.');
  await expect(page.locator('#hash-difficulty')).toHaveAttribute('aria-invalid', 'true');
  await page.fill('#hash-difficulty', String(zeros + 1));
  await expect(page.locator('#hash-difficulty-error')).toBeHidden();

  expect(await seriousViolations(page)).toEqual([]);
  // Pictured: the characters changed from 'abc' to a text that meets difficulty 8, its zero bits highlighted.
  await input.fill('abc');
  await input.fill(text);
  await page.fill('#hash-difficulty', '8');
  await shoot(page, '#hash-playground', 'desktop-hash-playground');
  await page.setViewportSize(SIZES.phone);
  await shoot(page, '#hash-playground', 'phone-hash-playground');
  // The dark theme as the page sets it (its toggle sits behind the phone menu): the marks must read there too.
  await page.evaluate(() => {
    document.documentElement.dataset.theme = 'dark';
  });
  await shoot(page, '#hash-playground', 'phone-hash-playground-dark');
});
