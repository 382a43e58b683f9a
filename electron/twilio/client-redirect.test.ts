import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createRestClient } from './rest-client';
import { createServerlessClient } from './serverless-client';
import { twilioCloud, type TwilioEndpoints } from './endpoints';
import { connectTwilio } from './twilio-account-api';
import { toTwilioProblem, TwilioProblemError } from './twilio-problem';

interface Seen {
  method: string;
  url: string;
  auth: string | undefined;
  body: string;
}
type Answer = { status: number; body: unknown };

const sid = `AC${'1'.repeat(32)}`;
const credentials = { accountSid: sid, username: sid, password: 'token-value-123456' };
const servers: Server[] = [];

async function startFake(answers: Answer[], fallback: Answer): Promise<{ seen: Seen[]; origin: string }> {
  const seen: Seen[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', auth: request.headers.authorization, body });
      const answer = answers.shift() ?? fallback;
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { seen, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const everywhere = (origin: string): TwilioEndpoints => ({
  api: origin,
  serverless: origin,
  serverlessUpload: origin,
  pricing: origin,
});
const tooMany = { status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 } };
const basic = `Basic ${Buffer.from(`${sid}:${credentials.password}`).toString('base64')}`;

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('twilio-node through the redirecting client', () => {
  it('sends api and pricing requests to the given origins over plain http, with Basic auth', async () => {
    const fake = await startFake([], {
      status: 200,
      body: { sid, friendly_name: 'Me', type: 'Full', status: 'active' },
    });
    const client = createRestClient(credentials, everywhere(fake.origin));
    const account = await client.api.v2010.accounts(sid).fetch();
    expect(account.friendlyName).toBe('Me');
    await client.pricing.v1.phoneNumbers.countries('US').fetch();
    expect(fake.seen.map((request) => request.url)).toEqual([
      `/2010-04-01/Accounts/${sid}.json`,
      '/v1/PhoneNumbers/Countries/US',
    ]);
    expect(fake.seen.every((request) => request.auth === basic)).toBe(true);
  });

  it('retries a POST refused with 429 on its own, then succeeds', async () => {
    const fake = await startFake([tooMany, tooMany], {
      status: 201,
      body: { sid: `SK${'2'.repeat(32)}`, secret: 's' },
    });
    const client = createRestClient(credentials, everywhere(fake.origin), { maxRetries: 3, maxRetryDelayMs: 20 });
    const key = await client.newKeys.create({ friendlyName: 'Dialtone' });
    expect(key.sid).toMatch(/^SK/);
    expect(fake.seen.map((request) => request.method)).toEqual(['POST', 'POST', 'POST']);
    expect(fake.seen[2]!.body).toBe('FriendlyName=Dialtone');
  });

  it('gives up after maxRetries and surfaces the 20429', async () => {
    const fake = await startFake([], tooMany);
    const client = createRestClient(credentials, everywhere(fake.origin), { maxRetries: 2, maxRetryDelayMs: 10 });
    await expect(client.newKeys.create({ friendlyName: 'x' })).rejects.toMatchObject({ status: 429, code: 20429 });
    expect(fake.seen).toHaveLength(3);
  });

  it('leaves the cloud hosts alone when the endpoints are the cloud', () => {
    const client = createRestClient(credentials, twilioCloud);
    expect(client.httpClient?.constructor.name).toBe('RequestClient');
  });
});

describe('serverless-api through the redirecting got client', () => {
  it('sends API and upload requests to the given origins and retries a 429 POST', async () => {
    const fake = await startFake([tooMany], { status: 201, body: { sid: `ZS${'3'.repeat(32)}` } });
    const { sapi } = createServerlessClient(credentials, everywhere(fake.origin), {
      maxRetries: 3,
      maxRetryDelayMs: 20,
    });
    const response = await sapi.request('post', 'Services', { form: { UniqueName: 'x', FriendlyName: 'x' } });
    expect(response.statusCode).toBe(201);
    await sapi.request('get', 'Services/ZS1/Functions/ZH1/Versions', {
      prefixUrl: 'https://serverless-upload.twilio.com/v1',
      responseType: 'json',
    });
    expect(fake.seen.map((request) => `${request.method} ${request.url}`)).toEqual([
      'POST /v1/Services',
      'POST /v1/Services',
      'GET /v1/Services/ZS1/Functions/ZH1/Versions',
    ]);
    expect(fake.seen.every((request) => request.auth === basic)).toBe(true);
  });

  it('remembers the last failed answer', async () => {
    const fake = await startFake([], { status: 400, body: { code: 20001, message: 'Bad', status: 400 } });
    const serverless = createServerlessClient(credentials, everywhere(fake.origin), {
      maxRetries: 1,
      maxRetryDelayMs: 1,
    });
    await expect(serverless.sapi.request('get', 'Services')).rejects.toThrow();
    expect(serverless.lastFailure()).toMatchObject({ name: 'HTTPError' });
  });
});

describe('an unreachable Twilio', () => {
  it('is a problem in plain words for both clients', async () => {
    const fake = await startFake([], { status: 200, body: {} });
    const closed = fake.origin;
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const connection = connectTwilio(credentials, everywhere(closed), { retry: { maxRetries: 1, maxRetryDelayMs: 1 } });
    const failure = await connection.fetchAccount().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TwilioProblemError);
    expect((failure as TwilioProblemError).problem.message).toBe('Dialtone could not reach Twilio');
    const serverless = await connection.serverless.sapi.request('get', 'Services').catch((error: unknown) => error);
    expect(toTwilioProblem(serverless).whatToDo).toBe('Check your internet connection and try again.');
  });
});

describe('a Twilio that accepts the connection and never answers', () => {
  it('fails in time, for both clients, with its own words', async () => {
    const sockets: Socket[] = [];
    const silent = createTcpServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const connection = connectTwilio(credentials, everywhere(origin), {
        retry: { maxRetries: 0, maxRetryDelayMs: 1 },
        timeoutMs: 300,
      });
      const started = Date.now();
      const rest = await connection.fetchAccount().catch((error: unknown) => error);
      const serverless = await connection.serverless.sapi.request('get', 'Services').catch((error: unknown) => error);
      expect(Date.now() - started).toBeLessThan(5_000);
      const inTime = {
        code: null,
        message: 'Twilio did not answer in time',
        whatToDo:
          'Check your internet connection and try again. If it keeps happening, Twilio may be having trouble: see status.twilio.com.',
        moreInfo: null,
        adviceKey: 'connectionTimeout',
        messageWords: { id: 'setup.twilioTimeout' },
      };
      expect((rest as TwilioProblemError).problem).toEqual(inTime);
      expect(toTwilioProblem(serverless)).toEqual(inTime);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
