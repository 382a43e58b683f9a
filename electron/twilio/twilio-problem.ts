import type { TwilioProblem } from '../../shared/models/twilio-setup';
import { adviceByCode, adviceByStatus } from './twilio-problem-advice';

/** A Twilio or network failure, already put in words; thrown inside the engine, a value at the boundary. */
export class TwilioProblemError extends Error {
  readonly problem: TwilioProblem;

  constructor(problem: TwilioProblem, options?: { cause?: unknown }) {
    super(problem.message, options);
    this.name = 'TwilioProblemError';
    this.problem = problem;
  }
}

export const unreachable: TwilioProblem = Object.freeze({
  code: null,
  message: 'Dialtone could not reach Twilio',
  whatToDo: 'Check your internet connection and try again.',
  moreInfo: null,
});

const unexpected: TwilioProblem = Object.freeze({
  code: null,
  message: 'Something went wrong while talking to Twilio',
  whatToDo: 'Try again. If it keeps happening, restart Dialtone.',
  moreInfo: null,
});

const networkCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNRESET',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

/** What Twilio said in an error answer, whichever client carried it. */
interface TwilioAnswer {
  status: number | null;
  code: number | null;
  message: string | null;
  moreInfo: string | null;
}

type Bag = Record<string, unknown>;
const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null;
const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function parseBody(body: unknown): Bag | null {
  if (isBag(body) && !Buffer.isBuffer(body)) return body;
  const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : null;
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isBag(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function fromBody(status: number | null, body: Bag | null): TwilioAnswer {
  return {
    status: num(body?.status) ?? status,
    code: num(body?.code),
    message: str(body?.message) ?? str(body?.detail) ?? str(body?.title),
    moreInfo: str(body?.more_info) ?? str(body?.moreInfo),
  };
}

/** twilio-node RestException / TwilioServiceException, got HTTPError, serverless-api ClientApiError. */
function twilioAnswerOf(error: unknown): TwilioAnswer | null {
  if (!isBag(error)) return null;
  const response = error.response;
  if (isBag(response) && typeof response.statusCode === 'number') {
    return fromBody(response.statusCode, parseBody(response.body));
  }
  if (error.name === 'TwilioApiError' && isBag(error.details)) {
    return fromBody(num(error.details.status), error.details);
  }
  if (error.name === 'HTTPError' && typeof error.code === 'number') {
    return { status: error.code, code: null, message: null, moreInfo: null };
  }
  if (typeof error.status === 'number' && error instanceof Error) {
    return {
      status: error.status,
      code: num(error.code),
      message: str(error.detail) ?? str(error.message),
      moreInfo: str(error.moreInfo),
    };
  }
  return null;
}

function isNetworkFailure(error: unknown, depth = 0): boolean {
  if (!isBag(error) || depth > 4) return false;
  if (typeof error.code === 'string' && networkCodes.has(error.code)) return true;
  if (error.name === 'TimeoutError' || error.name === 'RequestError') return true;
  if (
    typeof error.message === 'string' &&
    /socket hang up|network error|timeout of \d+ms exceeded/i.test(error.message)
  )
    return true;
  if (Array.isArray(error.errors) && error.errors.some((inner) => isNetworkFailure(inner, depth + 1))) return true;
  return isNetworkFailure(error.cause, depth + 1);
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const withPeriod = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

function problemFromAnswer(answer: TwilioAnswer): TwilioProblem {
  const code = answer.code;
  const message = clip(
    answer.message ?? `Twilio refused the request${answer.status === null ? '' : ` (HTTP ${answer.status})`}`,
    1000,
  );
  const moreInfo =
    answer.moreInfo !== null && /^https:\/\//.test(answer.moreInfo)
      ? answer.moreInfo
      : code !== null
        ? `https://www.twilio.com/docs/errors/${code}`
        : null;
  const known =
    (code !== null ? adviceByCode[code] : undefined) ??
    (answer.status !== null ? adviceByStatus(answer.status) : undefined);
  const whatToDo =
    known ??
    `Twilio said: ${withPeriod(message)}${moreInfo === null ? ' Check the Twilio Console, then try again.' : ` See ${moreInfo}.`}`;
  return { code, message, whatToDo: clip(whatToDo, 1000), moreInfo: moreInfo === null ? null : clip(moreInfo, 300) };
}

/** Any failure from the Twilio clients (or the network under them) in words a person can act on. */
export function toTwilioProblem(error: unknown): TwilioProblem {
  if (error instanceof TwilioProblemError) return error.problem;
  const answer = twilioAnswerOf(error);
  if (answer !== null) return problemFromAnswer(answer);
  if (isNetworkFailure(error)) return unreachable;
  return unexpected;
}

/** The Twilio error code of a failure, when Twilio gave one (20404 for a bare HTTP 404). */
export function twilioCodeOf(error: unknown): number | null {
  if (error instanceof TwilioProblemError) return error.problem.code;
  const answer = twilioAnswerOf(error);
  if (answer === null) return null;
  return answer.code ?? (answer.status === 404 ? 20404 : answer.status === 429 ? 20429 : null);
}

export function isNotFound(error: unknown): boolean {
  return twilioCodeOf(error) === 20404;
}

/** Replaces every secret that might have crept into a problem's words (defence in depth). */
export function redactProblem(problem: TwilioProblem, secrets: readonly string[]): TwilioProblem {
  const hide = (text: string) =>
    secrets.filter((secret) => secret.length >= 6).reduce((out, secret) => out.split(secret).join('[hidden]'), text);
  return {
    code: problem.code,
    message: hide(problem.message),
    whatToDo: hide(problem.whatToDo),
    moreInfo: problem.moreInfo === null ? null : hide(problem.moreInfo),
  };
}

/** Removal stopped part way: `removed` says what is already gone. */
export class TwilioRemovalError extends TwilioProblemError {
  constructor(
    problem: TwilioProblem,
    readonly removed: string[],
    options?: { cause?: unknown },
  ) {
    super(problem, options);
    this.name = 'TwilioRemovalError';
  }
}
