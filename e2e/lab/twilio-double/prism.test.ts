// Prism in front of a deliberately wrong upstream: response violations become a 500 and are reported with details.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPrism, type PrismFront } from './prism';

const account = 'AC00000000000000000000000000000000';
let upstream: Server;
let prism: PrismFront;
const problems: string[] = [];

beforeAll(async () => {
  upstream = createServer((_request, response) => {
    // balance must be a string and account_sid an AC… SID.
    response
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end('{"account_sid":"ACxx","balance":5,"currency":"USD"}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  prism = await startPrism('twilio_api_v2010.json', url, (problem) => problems.push(problem));
}, 30_000);
afterAll(async () => {
  await prism?.stop();
  upstream?.close();
});

test('a response that breaks the contract reaches the client as a 500 and is listed with its details', async () => {
  const response = await fetch(`${prism.url}/2010-04-01/Accounts/${account}/Balance.json`, {
    headers: { authorization: `Basic ${Buffer.from(`${account}:token`).toString('base64')}` },
  });
  expect(response.status).toBe(500);
  expect(problems).toEqual([
    expect.stringMatching(/GET .*Balance\.json -> 500 .*response\.body\.balance: .*must be string/),
  ]);
});
