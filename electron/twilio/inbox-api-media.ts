import { keptMediaType } from '../../shared/models/inbox';
import { readableText } from '../../shared/readable-text';
import { words, type Words } from '../../shared/text/words';
import { redirectUrl, type TwilioEndpoints } from './endpoints';
import type { DownloadedMedia } from './inbox-api';
import type { RetryPolicy } from './rest-client';
import type { TwilioCredentials } from './twilio-credentials';
import { InboxProblemError } from './inbox-problem';
import { toTwilioProblem, TwilioProblemError } from './twilio-problem';

/** Twilio MMS are at most 5 MB and a two-minute voicemail is about 1 MB: anything far larger is not ours to keep. */
export const mediaLimitBytes = 20 * 1024 * 1024;
const mostRedirects = 5;
const errorBodyLimit = 64 * 1024;
/** twilio-node's first retry interval; each retry doubles it, up to the policy's longest delay (full jitter). */
const firstRetryMs = 100;

export interface MediaDownloadOptions {
  credentials: TwilioCredentials;
  endpoints: TwilioEndpoints;
  retry: RetryPolicy;
  timeoutMs: number;
  maxBytes?: number;
}

const keptKinds =
  'Dialtone keeps MP3 or WAV audio and JPEG, PNG, GIF or WebP pictures of up to 20 MB. Look at this one in the Twilio Console.';
const unfollowed = 'Try again later. If it keeps happening, look at this file in the Twilio Console (Monitor > Logs).';

const refusedFile = (message: string, said: Words, whatToDo = keptKinds) =>
  new InboxProblemError({ code: null, message, whatToDo, moreInfo: null }, said);

const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The body, or null once it passes `limit` bytes (the rest is never read). */
async function readLimited(response: Response, limit: number): Promise<Buffer | null> {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, size);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(Buffer.from(value));
  }
}

/** One GET, repeated after Twilio's 429 (never processed, so safe to repeat) with backoff like twilio-node's. */
async function getWithRetry(url: URL, headers: Record<string, string>, signal: AbortSignal, retry: RetryPolicy) {
  for (let attempt = 0; ; attempt += 1) {
    const response = await fetch(url, { headers, redirect: 'manual', signal });
    if (response.status !== 429 || attempt >= retry.maxRetries) return response;
    await response.body?.cancel();
    await wait(Math.floor(Math.min(retry.maxRetryDelayMs, firstRetryMs * 2 ** (attempt + 1)) * Math.random()));
  }
}

function nextHop(from: URL, location: string | null, endpoints: TwilioEndpoints): URL {
  const next = location === null ? null : URL.parse(location, from.href);
  const allowed =
    next !== null &&
    (next.protocol === 'https:' || (next.protocol === 'http:' && from.protocol === 'http:')) &&
    next.username === '' &&
    next.password === '';
  if (!allowed) {
    const message = 'Twilio sent the file’s address in a form Dialtone does not follow';
    throw refusedFile(message, words('inbox.fileAddressUnfollowed'), unfollowed);
  }
  return new URL(redirectUrl(endpoints, next.href));
}

/** The download, or null when Twilio no longer has the file (404, Twilio's 20404). */
export async function unlessFileGone(download: () => Promise<DownloadedMedia>): Promise<DownloadedMedia | null> {
  try {
    return await download();
  } catch (error) {
    if (error instanceof TwilioProblemError && error.problem.code === 20404) return null;
    throw error;
  }
}

/**
 * Downloads a recording's audio or an MMS picture from Twilio: Basic auth always (media URLs may
 * enforce it), sent to Twilio's own origin only, never to the storage host its media redirects to.
 */
export async function downloadMedia(url: string, options: MediaDownloadOptions): Promise<DownloadedMedia> {
  const { credentials, endpoints } = options;
  const limit = options.maxBytes ?? mediaLimitBytes;
  const signal = AbortSignal.timeout(options.timeoutMs);
  const start = new URL(redirectUrl(endpoints, url));
  const authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  let target = start;
  for (let hop = 0; hop <= mostRedirects; hop += 1) {
    const headers: Record<string, string> = target.origin === start.origin ? { authorization } : {};
    const response = await getWithRetry(target, headers, signal, options.retry);
    if (isRedirect(response.status)) {
      await response.body?.cancel();
      target = nextHop(target, response.headers.get('location'), endpoints);
      continue;
    }
    if (!response.ok) {
      const body = (await readLimited(response, errorBodyLimit)) ?? Buffer.alloc(0);
      throw new TwilioProblemError(toTwilioProblem({ response: { statusCode: response.status, body } }));
    }
    const given = response.headers.get('content-type') ?? '';
    const contentType = keptMediaType(given);
    if (contentType === null) {
      await response.body?.cancel();
      const type = readableText(given, 60);
      throw type
        ? refusedFile(`Twilio sent a kind of file Dialtone does not keep (${type})`, words('inbox.fileKind', { type }))
        : refusedFile('Twilio sent a kind of file Dialtone does not keep (no type)', words('inbox.fileWithoutType'));
    }
    const megabytes = Math.round(limit / 1024 / 1024);
    const tooLarge = () =>
      refusedFile(`Twilio sent a file larger than ${megabytes} MB`, words('inbox.fileTooLarge', { megabytes }));
    if (Number(response.headers.get('content-length') ?? 0) > limit) {
      await response.body?.cancel();
      throw tooLarge();
    }
    const bytes = await readLimited(response, limit);
    if (bytes === null) throw tooLarge();
    return { contentType, bytes };
  }
  const redirects = words('inbox.fileRedirects', { count: mostRedirects });
  throw refusedFile(`Twilio redirected the file more than ${mostRedirects} times`, redirects, unfollowed);
}
