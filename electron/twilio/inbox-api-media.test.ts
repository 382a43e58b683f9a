// Media downloads over real HTTP: Twilio's host (redirected to a local server) and a storage host on another origin.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { twilioCloud, type TwilioEndpoints } from './endpoints';
import { keptMediaType } from '../../shared/models/inbox';
import { downloadMedia, type MediaDownloadOptions } from './inbox-api-media';
import { inEnglish } from '../../shared/text/words';
import { InboxProblemError } from './inbox-problem';
import { toTwilioProblem } from './twilio-problem';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const credentials = { accountSid: `AC${'a'.repeat(32)}`, username: `AC${'a'.repeat(32)}`, password: 's3cret-token' };
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const twilioUrl = `https://api.twilio.com/2010-04-01/Accounts/${credentials.accountSid}/Messages/MM1/Media/ME1`;

function hostOf(seen: IncomingMessage[]) {
  let handler: Handler = (_request, response) => response.writeHead(500).end();
  const server = createServer((request, response) => {
    seen.push(request);
    handler(request, response);
  });
  return {
    server,
    handle: (next: Handler) => {
      handler = next;
    },
  };
}

const twilioSeen: IncomingMessage[] = [];
const storageSeen: IncomingMessage[] = [];
const twilio = hostOf(twilioSeen);
const storage = hostOf(storageSeen);
let endpoints: TwilioEndpoints;
let storageOrigin: string;
const options = (extra: Partial<MediaDownloadOptions> = {}): MediaDownloadOptions => ({
  credentials,
  endpoints,
  retry: { maxRetries: 2, maxRetryDelayMs: 20 },
  timeoutMs: 2_000,
  ...extra,
});
/** The failure in words, as the API's step runner puts every failure (the download's own are TwilioProblemErrors). */
const problemOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => toTwilioProblem(error),
  );

async function listen(server: Server) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  endpoints = { ...twilioCloud, api: await listen(twilio.server) };
  storageOrigin = await listen(storage.server);
});
afterAll(async () => {
  for (const server of [twilio.server, storage.server]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
beforeEach(() => {
  twilioSeen.length = 0;
  storageSeen.length = 0;
});

describe('downloading media from Twilio', () => {
  it('sends the credentials to Twilio and follows its redirect to storage without them', async () => {
    twilio.handle((_request, response) =>
      response.writeHead(307, { location: `${storageOrigin}/media/abc?sig=1` }).end(),
    );
    storage.handle((_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(png));
    const media = await downloadMedia(twilioUrl, options());
    expect(media).toEqual({ contentType: 'image/png', bytes: png });
    expect(twilioSeen.map((r) => [r.url, r.headers.authorization])).toEqual([
      [
        `/2010-04-01/Accounts/${credentials.accountSid}/Messages/MM1/Media/ME1`,
        `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
      ],
    ]);
    expect(storageSeen.map((r) => [r.url, r.headers.authorization])).toEqual([['/media/abc?sig=1', undefined]]);
  });

  it('keeps the credentials on a redirect within Twilio’s own host', async () => {
    twilio.handle((request, response) => {
      if (request.url!.endsWith('.mp3')) response.writeHead(200, { 'content-type': 'audio/mpeg' }).end(png);
      else response.writeHead(302, { location: `${request.url}.mp3` }).end();
    });
    expect((await downloadMedia(twilioUrl, options())).contentType).toBe('audio/mpeg');
    expect(twilioSeen.map((r) => typeof r.headers.authorization)).toEqual(['string', 'string']);
  });

  it('names audio/x-wav audio/wav, and refuses any kind of file it does not keep, with words', async () => {
    twilio.handle((_request, response) => response.writeHead(200, { 'content-type': 'audio/x-wav' }).end(png));
    expect((await downloadMedia(twilioUrl, options())).contentType).toBe('audio/wav');
    twilio.handle((_request, response) => response.writeHead(200, { 'content-type': 'video/mp4' }).end(png));
    const problem = await problemOf(downloadMedia(twilioUrl, options()));
    expect(problem.message).toMatch(/kind of file Dialtone does not keep \(video\/mp4\)/);
    expect(problem.whatToDo).toMatch(/MP3 or WAV audio and JPEG, PNG, GIF or WebP pictures/);
    expect(['image/webp; q=1', 'IMAGE/JPEG', 'audio/mpeg', 'text/html', ''].map(keptMediaType)).toEqual([
      'image/webp',
      'image/jpeg',
      'audio/mpeg',
      null,
      null,
    ]);
  });

  it('refuses a body over the limit, whether announced or streamed', async () => {
    const big = Buffer.alloc(5_000, 1);
    twilio.handle((_request, response) => response.writeHead(200, { 'content-type': 'image/jpeg' }).end(big));
    const announced = await problemOf(downloadMedia(twilioUrl, options({ maxBytes: 4_000 })));
    expect(announced.message).toMatch(/larger than/);
    twilio.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'image/jpeg' }); // chunked: no content-length
      response.write(big.subarray(0, 2_500));
      response.end(big.subarray(2_500));
    });
    expect((await problemOf(downloadMedia(twilioUrl, options({ maxBytes: 4_000 })))).message).toMatch(/larger than/);
    expect((await downloadMedia(twilioUrl, options({ maxBytes: 5_000 }))).bytes).toEqual(big);
  });

  it('retries after 429 and then gets the file', async () => {
    let refusals = 2;
    twilio.handle((_request, response) => {
      if (refusals-- > 0) response.writeHead(429, { 'content-type': 'application/json' }).end('{"code":20429}');
      else response.writeHead(200, { 'content-type': 'image/gif' }).end(png);
    });
    expect((await downloadMedia(twilioUrl, options())).contentType).toBe('image/gif');
    expect(twilioSeen).toHaveLength(3);
  });

  it('says what Twilio said when it refuses: 404 is 20404, a 429 that persists is 20429', async () => {
    twilio.handle((_request, response) => response.writeHead(404).end());
    expect((await problemOf(downloadMedia(twilioUrl, options()))).code).toBe(20404);
    twilio.handle((_request, response) =>
      response
        .writeHead(429, { 'content-type': 'application/json' })
        .end('{"code":20429,"message":"Too Many Requests","status":429}'),
    );
    expect(await problemOf(downloadMedia(twilioUrl, options()))).toMatchObject({
      code: 20429,
      message: 'Too Many Requests',
    });
    expect(twilioSeen).toHaveLength(1 + 3);
  });

  it('gives up on a redirect loop, a redirect to another scheme, or one carrying credentials', async () => {
    twilio.handle((request, response) => response.writeHead(302, { location: request.url! }).end());
    expect((await problemOf(downloadMedia(twilioUrl, options()))).message).toMatch(
      /redirected the file more than 5 times/,
    );
    for (const location of ['ftp://127.0.0.1/file', `http://user:pass@${new URL(storageOrigin).host}/x`]) {
      twilio.handle((_request, response) => response.writeHead(302, { location }).end());
      expect((await problemOf(downloadMedia(twilioUrl, options()))).message).toMatch(/does not follow/);
    }
    expect(storageSeen).toHaveLength(0);
  });

  it('says each file it refuses in one sentence of words, the same English as the problem', async () => {
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => expect.fail('expected a failure'),
        (error: unknown) => {
          if (!(error instanceof InboxProblemError)) throw error;
          expect(inEnglish(error.words)).toBe(`${error.problem.message}. ${error.problem.whatToDo}`);
          return error.words;
        },
      );
    twilio.handle((_request, response) => response.writeHead(200, { 'content-type': 'video/mp4' }).end(png));
    expect(await refusal(downloadMedia(twilioUrl, options()))).toEqual({
      id: 'inbox.fileKind',
      values: { type: 'video/mp4' },
    });
    twilio.handle((_request, response) => response.writeHead(200).end(png));
    expect(await refusal(downloadMedia(twilioUrl, options()))).toEqual({ id: 'inbox.fileWithoutType' });
    twilio.handle((_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(png));
    expect(await refusal(downloadMedia(twilioUrl, options({ maxBytes: 4 })))).toEqual({
      id: 'inbox.fileTooLarge',
      values: { megabytes: 0 },
    });
    twilio.handle((request, response) => response.writeHead(302, { location: request.url! }).end());
    expect(await refusal(downloadMedia(twilioUrl, options()))).toEqual({
      id: 'inbox.fileRedirects',
      values: { count: 5 },
    });
    twilio.handle((_request, response) => response.writeHead(302, { location: 'ftp://127.0.0.1/file' }).end());
    expect(await refusal(downloadMedia(twilioUrl, options()))).toEqual({ id: 'inbox.fileAddressUnfollowed' });
  });

  it('stops waiting after the timeout', async () => {
    twilio.handle(() => undefined);
    const started = Date.now();
    const problem = await problemOf(downloadMedia(twilioUrl, options({ timeoutMs: 300 })));
    expect(problem.message).toBe('Twilio did not answer in time');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
