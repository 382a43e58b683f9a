import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange, rawRequest, startTestShell } from './browser-shell-test-kit';

/*
 * The shell's HTTP and upgrade surface, over raw sockets: whatever a local process sends, the
 * server answers 4xx and keeps serving the page and the WebSocket to the holder of the token.
 */

let shell: Awaited<ReturnType<typeof startTestShell>>;
beforeAll(async () => {
  shell = await startTestShell();
});
afterAll(() => shell.close());

type Header = [name: string, value: string];

const request = (requestLine: string, headers: Header[], body = '') =>
  `${requestLine}\r\n${headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n${body}`;

const validKey = Buffer.alloc(16, 7).toString('base64');
const host = (): Header => ['Host', shell.url.host];
const upgradeHeaders = (): Header[] => [
  host(),
  ['Origin', shell.url.origin],
  ['Upgrade', 'websocket'],
  ['Connection', 'Upgrade'],
  ['Sec-WebSocket-Key', validKey],
  ['Sec-WebSocket-Version', '13'],
];

async function expectStillServing(): Promise<void> {
  expect((await fetch(shell.url)).status).toBe(200);
  const socket = await shell.connect();
  const reply = await exchange(socket, JSON.stringify({ id: 1, channel: 'app:get-info' }));
  expect(reply).toMatchObject({ result: { ok: true, value: { shell: 'browser' } } });
  socket.close();
}

describe('browser shell HTTP surface', () => {
  it.each([
    ['a target with an empty host', 'GET // HTTP/1.1'],
    ['an unclosed IPv6 host', 'GET //[ HTTP/1.1'],
    ['an absolute target with a broken host', 'GET http://[ HTTP/1.1'],
    ['an impossible port', 'GET //:99999/ipc HTTP/1.1'],
    ['a host with a space', 'GET //a%20b/ipc HTTP/1.1'],
  ])('answers 400 to %s, as a page request and as an upgrade', async (_what, requestLine) => {
    expect(await rawRequest(shell.url, request(requestLine, [host()]))).toBe(400);
    expect(await rawRequest(shell.url, request(requestLine, upgradeHeaders()))).toBe(400);
    await expectStillServing();
  });

  it.each([
    ['garbage instead of a request line', () => 'GARBAGE\r\n\r\n'],
    ['binary bytes', () => '\u0000\u0001\u0002\u00ff junk\r\n\r\n'],
    ['an unknown HTTP version', () => 'GET / HTTP/9.9\r\n\r\n'],
    ['a control character in the target', () => 'GET /\u0007 HTTP/1.1\r\n\r\n'],
    [
      'a header without a colon',
      () => request('GET / HTTP/1.1', [host(), ['broken', '']]).replace('broken: ', 'broken'),
    ],
    ['a non-numeric Content-Length', () => request('GET / HTTP/1.1', [host(), ['Content-Length', 'abc']])],
  ])('answers 400 to %s', async (_what, bytes) => {
    expect(await rawRequest(shell.url, bytes())).toBe(400);
    await expectStillServing();
  });

  it('answers 405 to CONNECT instead of dropping the connection', async () => {
    expect(await rawRequest(shell.url, request(`CONNECT ${shell.url.host} HTTP/1.1`, [host()]))).toBe(405);
    await expectStillServing();
  });

  it('answers 431 to huge headers and a huge target, on pages and on upgrades', async () => {
    const huge = 'a'.repeat(100_000);
    expect(await rawRequest(shell.url, request('GET / HTTP/1.1', [host(), ['X-Big', huge]]))).toBe(431);
    expect(await rawRequest(shell.url, request(`GET /${huge} HTTP/1.1`, [host()]))).toBe(431);
    const hugeKey = upgradeHeaders().map(([name, value]): Header => [
      name,
      name === 'Sec-WebSocket-Key' ? huge : value,
    ]);
    expect(await rawRequest(shell.url, request(`GET /ipc?token=${shell.token} HTTP/1.1`, hugeKey))).toBe(431);
    await expectStillServing();
  });

  it('refuses upgrades with bad headers even with the right token, and bad tokens with good headers', async () => {
    const withToken = `GET /ipc?token=${shell.token} HTTP/1.1`;
    const without = (name: string) => upgradeHeaders().filter(([header]) => header !== name);
    const replacing = (name: string, value: string) =>
      upgradeHeaders().map(([header, old]): Header => [header, header === name ? value : old]);
    expect(await rawRequest(shell.url, request(withToken, without('Sec-WebSocket-Key')))).toBe(400);
    expect(await rawRequest(shell.url, request(withToken, replacing('Sec-WebSocket-Key', 'short')))).toBe(400);
    expect(await rawRequest(shell.url, request(withToken, replacing('Sec-WebSocket-Version', '99')))).toBe(400);
    expect(await rawRequest(shell.url, request(withToken, replacing('Upgrade', 'h2c')))).toBe(400);
    expect(await rawRequest(shell.url, request(withToken, replacing('Origin', 'http://evil.example')))).toBe(403);
    expect(await rawRequest(shell.url, request(withToken, without('Host')))).toBe(403);
    for (const token of ['', 'x'.repeat(shell.token.length), `${shell.token}x`, '%', `${shell.token}%00`]) {
      expect(await rawRequest(shell.url, request(`GET /ipc?token=${token} HTTP/1.1`, upgradeHeaders())), token).toBe(
        403,
      );
    }
    expect(await rawRequest(shell.url, request(withToken, upgradeHeaders()))).toBe(101);
    await expectStillServing();
  });

  it('survives clients that reset the connection in the middle of an upgrade', async () => {
    const refused = ['GET /ipc?token=wrong HTTP/1.1', 'GET // HTTP/1.1'];
    for (const requestLine of [...refused, `GET /ipc?token=${shell.token} HTTP/1.1`]) {
      for (let round = 0; round < 20; round++) {
        await rawRequest(shell.url, request(requestLine, upgradeHeaders()), { reset: true });
      }
    }
    await expectStillServing();
  });
});

const targetPiece = fc.constantFrom(
  '/',
  '//',
  '[',
  ']',
  '%',
  '%zz',
  '%00',
  '?',
  '#',
  '@',
  ':',
  ':99999',
  'ipc',
  '..',
  '\\',
  'http:',
  'é',
  '\u0000',
  ' ',
  'token=',
  '&',
);
const target = fc.array(targetPiece, { maxLength: 10 }).map((pieces) => pieces.join(''));
/** Every token but the right one. */
const wrongToken = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }).map((text) => `?token=${text}`),
  fc.constant(null).map(() => `?token=${shell.token.slice(1)}`),
  fc.constant(null).map(() => `?token=${shell.token}x`),
  fc.constant(null).map(() => `?token=${'A'.repeat(shell.token.length)}`),
);
const optionalHeader = (name: string, values: fc.Arbitrary<string>) =>
  fc.option(
    values.map((value): Header => [name, value]),
    { nil: undefined },
  );
const headers = fc
  .tuple(
    optionalHeader(
      'Host',
      fc.oneof(
        fc.constant(null).map(() => shell.url.host),
        fc.constantFrom('evil.example', ''),
      ),
    ),
    optionalHeader(
      'Origin',
      fc.oneof(
        fc.constant(null).map(() => shell.url.origin),
        fc.constantFrom('http://evil.example', 'null'),
      ),
    ),
    optionalHeader('Upgrade', fc.constantFrom('websocket', 'WebSocket', 'h2c', '')),
    optionalHeader('Connection', fc.constantFrom('Upgrade', 'keep-alive, Upgrade', 'close')),
    optionalHeader('Sec-WebSocket-Key', fc.constantFrom(validKey, 'short', '')),
    optionalHeader('Sec-WebSocket-Version', fc.constantFrom('13', '8', '99', 'x')),
    fc.array(
      fc
        .tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ maxLength: 200 }))
        .map(([n, v]): Header => [n, v]),
      { maxLength: 3 },
    ),
  )
  .map(([fixed0, fixed1, fixed2, fixed3, fixed4, fixed5, extra]) =>
    [fixed0, fixed1, fixed2, fixed3, fixed4, fixed5, ...extra].filter((header) => header !== undefined),
  );
const method = fc.constantFrom('GET', 'HEAD', 'POST', 'OPTIONS', 'CONNECT', 'DELETE', 'GÉT', '');

it('answers every random request without the token with 4xx, and keeps serving', async () => {
  await fc.assert(
    fc.asyncProperty(
      method,
      target,
      wrongToken,
      headers,
      fc.string({ maxLength: 50 }),
      async (verb, path, token, fields, body) => {
        const status = await rawRequest(shell.url, request(`${verb} /${path}${token} HTTP/1.1`, fields, body));
        expect(status).not.toBeNull();
        expect(status!).toBeGreaterThanOrEqual(400);
        expect(status!).toBeLessThan(500);
      },
    ),
    { numRuns: 300 },
  );
  await expectStillServing();
}, 120_000);
