// The request panel: the paper's requests sent from the page to this tab's node, answered as the seed answers.
import { expect, test } from './fixtures.ts';
import { openSection } from './sections.ts';

test("the request panel sends the paper's requests and shows the seed's answers", async ({ newNodePage }) => {
  const page = await newNodePage();
  await page.goto(`/?room=requests-${Math.random().toString(36).slice(2, 8)}&difficulty=8`);
  const address = await page.evaluate(async () => {
    await window.blockchain?.ready;
    return window.blockchain?.address ?? '';
  });
  await openSection(page, 'requests');
  const endpoint = page.locator('#request-endpoint');
  const body = page.locator('#request-body');
  const send = page.locator('#request-form button[type=submit]');
  const status = page.locator('#request-status');
  const response = page.locator('#request-response');

  // Prefilled with the paper's body, signed as this node.
  await endpoint.selectOption({ label: 'POST /transactions/new' });
  expect(JSON.parse(await body.inputValue())).toEqual({
    sender: address,
    recipient: 'thermometer-7',
    info: 'temperature: 21.5C',
  });
  await send.click();
  await expect(status).toHaveText('Status 201 Created');
  await expect(response).toContainText('"message": "Transaction will be added to Block 2"');

  await endpoint.selectOption({ label: 'GET /mine' });
  await expect(body).toBeDisabled();
  await send.click();
  await expect(status).toHaveText('Status 200 OK');
  await expect(response).toContainText('"message": "New Block Forged"');
  await expect(response).toContainText('"recipient": "thermometer-7"');

  await endpoint.selectOption({ label: 'GET /chain' });
  await send.click();
  await expect(response).toContainText('"length": 2');

  await endpoint.selectOption({ label: 'POST /nodes/register' });
  await body.fill('{"nodes": []}');
  await send.click();
  await expect(status).toHaveText('Status 400 Bad Request');
  await expect(response).toHaveText('Error: Please supply a valid list of nodes');

  await body.fill('{"nodes": ["bad id!"]}');
  await send.click();
  await expect(response).toContainText('"code": "peer-id-invalid"');
  await expect(response).toContainText('is not a node id of this room');

  await body.fill('{"nodes": [');
  await send.click();
  await expect(page.locator('#request-body-error')).toContainText('The body is not JSON');

  await endpoint.selectOption({ label: 'GET /nodes/resolve' });
  await send.click();
  await expect(response).toContainText('"message": "Our chain is authoritative"');
});
