import type { TwilioProblem } from '../../shared/models/twilio-setup';
import { inEnglish, words, type Words } from '../../shared/text/words';
import { adviceByCode, adviceByStatus, connectionProblems, type ConnectionFailure } from './twilio-problem-advice';

/** A Twilio or network failure, already put in words; thrown inside the engine, a value at the boundary. */
export class TwilioProblemError extends Error {
  readonly problem: TwilioProblem;

  constructor(problem: TwilioProblem, options?: { cause?: unknown }) {
    super(problem.message, options);
    this.name = 'TwilioProblemError';
    this.problem = problem;
  }
}

const textLimit = 1000;

/** A problem in Dialtone's own words: English for logs and older readers, the words for the renderer to translate. */
export function problemInWords(message: Words, whatToDo: Words, code: number | null = null): TwilioProblem {
  return {
    code,
    message: inEnglish(message).slice(0, textLimit),
    whatToDo: inEnglish(whatToDo).slice(0, textLimit),
    moreInfo: null,
    messageWords: message,
    whatToDoWords: whatToDo,
  };
}

/** Anything else: a bug in Dialtone or a library, not the network and not Twilio's answer. */
function problemOfItsOwn(): TwilioProblem {
  return problemInWords(words('setup.problemOfItsOwn'), words('setup.problemOfItsOwnAdvice'));
}

/** Node, OpenSSL, undici, axios and got codes of a connection that failed, by what the person can do about it. */
function connectionFailureByCode(code: string): ConnectionFailure | null {
  switch (code) {
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
    case 'EREFUSED':
    case 'ESERVFAIL':
    case 'EHOSTUNREACH':
    case 'EHOSTDOWN':
    case 'ENETUNREACH':
    case 'ENETDOWN':
    case 'ENETRESET':
    case 'EADDRNOTAVAIL':
    case 'EPIPE':
    case 'ERR_NETWORK':
    case 'ERR_STREAM_PREMATURE_CLOSE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return 'unreachable';
    case 'ETIMEDOUT':
    case 'ETIMEOUT':
    case 'ESOCKETTIMEDOUT':
    case 'ECONNABORTED': // axios's code for its own timeout ("timeout of 30000ms exceeded")
    case 'ERR_SOCKET_CONNECTION_TIMEOUT':
    case 'ERR_TLS_HANDSHAKE_TIMEOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return 'timeout';
    case 'EPROTO':
    case 'CERT_HAS_EXPIRED':
    case 'CERT_NOT_YET_VALID':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return 'insecure';
    default:
      return code.startsWith('ERR_SSL_') ? 'insecure' : null;
  }
}

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
/** A number, or digits in a string (a hostile or odd answer may quote its numbers). */
const num = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value)
    ? value
    : typeof value === 'string' && /^\d{1,6}$/.test(value)
      ? Number(value)
      : null;

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
function twilioAnswerOf(error: Bag): TwilioAnswer | null {
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

const chainLimit = 16;

/**
 * The failure and what it wraps (cause, an AggregateError's errors), outermost first. Libraries and
 * Dialtone both wrap: what Twilio or the network said may sit a few levels down.
 */
function chainOf(error: unknown): Bag[] {
  const chain: Bag[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && chain.length < chainLimit) {
    const next = queue.shift();
    if (!isBag(next) || chain.includes(next)) continue;
    chain.push(next);
    queue.push(next.cause);
    if (Array.isArray(next.errors)) queue.push(...(next.errors as unknown[]));
  }
  return chain;
}

function connectionFailureOf(error: Bag): ConnectionFailure | null {
  if (error.name === 'TimeoutError') return 'timeout';
  return typeof error.code === 'string' ? connectionFailureByCode(error.code) : null;
}

/** Twilio's code, or the one it uses for a bare HTTP 404 / 429 without a body. */
function codeOf(answer: TwilioAnswer): number | null {
  if (answer.code !== null) return answer.code;
  if (answer.status === 404) return 20404;
  if (answer.status === 429) return 20429;
  return null;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const withPeriod = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
const moreInfoLimit = 300;

/** Dialtone's words when Twilio's answer said nothing. */
function refusalWords(status: number | null): Words {
  return status === null ? words('setup.twilioRefused') : words('setup.twilioRefusedStatus', { status });
}

/** What to do when Dialtone has no advice: Twilio's words passed on (or that it gave none), and where to look. */
function passedOn(answer: TwilioAnswer, message: string, moreInfo: string | null): Words {
  const { status } = answer;
  if (answer.message !== null) {
    const said = withPeriod(message);
    return moreInfo === null
      ? words('setup.twilioSaidCheckConsole', { said })
      : words('setup.twilioSaidSeeMore', { said, moreInfo });
  }
  if (moreInfo === null) {
    return status === null
      ? words('setup.twilioRefusedCheckConsole')
      : words('setup.twilioRefusedStatusCheckConsole', { status });
  }
  return status === null
    ? words('setup.twilioRefusedSeeMore', { moreInfo })
    : words('setup.twilioRefusedStatusSeeMore', { status, moreInfo });
}

function problemFromAnswer(answer: TwilioAnswer): TwilioProblem {
  const code = codeOf(answer);
  const messageWords = answer.message === null ? refusalWords(answer.status) : null;
  const message = clip(answer.message ?? inEnglish(refusalWords(answer.status)), textLimit);
  // Only a whole web address is worth a link: one cut short would lead nowhere.
  const given = answer.moreInfo;
  const moreInfo =
    given !== null && /^https:\/\/\S+$/.test(given) && given.length <= moreInfoLimit
      ? given
      : code !== null
        ? `https://www.twilio.com/docs/errors/${code}`
        : null;
  const known =
    (code !== null ? adviceByCode(code) : undefined) ??
    (answer.status !== null ? adviceByStatus(answer.status) : undefined);
  const inWords = messageWords ? { messageWords } : {};
  if (known) return { code, message, ...known, moreInfo, ...inWords };
  const whatToDoWords = passedOn(answer, message, moreInfo);
  return { code, message, whatToDo: clip(inEnglish(whatToDoWords), textLimit), moreInfo, ...inWords, whatToDoWords };
}

/** Any failure from the Twilio clients (or the network under them) in words a person can act on. */
export function toTwilioProblem(error: unknown): TwilioProblem {
  const chain = chainOf(error);
  for (const failure of chain) {
    if (failure instanceof TwilioProblemError) return failure.problem;
    const answer = twilioAnswerOf(failure);
    if (answer !== null) return problemFromAnswer(answer);
  }
  for (const failure of chain) {
    const connection = connectionFailureOf(failure);
    if (connection !== null) return connectionProblems[connection];
  }
  return problemOfItsOwn();
}

/** The Twilio error code of a failure, however deeply wrapped, when Twilio gave one (20404 for a bare 404). */
export function twilioCodeOf(error: unknown): number | null {
  for (const failure of chainOf(error)) {
    if (failure instanceof TwilioProblemError) {
      if (failure.problem.code !== null) return failure.problem.code;
      continue;
    }
    const answer = twilioAnswerOf(failure);
    if (answer !== null) return codeOf(answer);
  }
  return null;
}

export function isNotFound(error: unknown): boolean {
  return twilioCodeOf(error) === 20404;
}

const hidden = '[hidden]';
/**
 * Shorter secrets are not hidden: they protect nothing, blanking them would garble the words, and the
 * marker is never longer than what it replaces, so a problem stays within its limits.
 */
const shortestSecret = hidden.length;
/** The start of a secret at the end of a clipped text is hidden from this many characters on. */
const shortestCutSecret = 4;

function hideSecrets(text: string, secrets: readonly string[]): string {
  const out = secrets.reduce((result, secret) => result.split(secret).join(hidden), text);
  // A text clipped to its limit may end in the first characters of a secret, just before the "…".
  if (!out.endsWith('…')) return out;
  const body = out.slice(0, -1);
  for (const secret of secrets) {
    for (let length = secret.length - 1; length >= shortestCutSecret; length -= 1) {
      if (!body.endsWith(secret.slice(0, length))) continue;
      const keep = body.length - Math.max(length, hidden.length);
      return `${body.slice(0, keep)}${hidden}…`;
    }
  }
  return out;
}

/** Replaces every secret that might have crept into a problem's words (defence in depth). */
export function redactProblem(problem: TwilioProblem, secrets: readonly string[]): TwilioProblem {
  const usable = secrets.filter((secret) => secret.length >= shortestSecret);
  const hide = (text: string) => hideSecrets(text, usable);
  return {
    code: problem.code,
    message: hide(problem.message),
    whatToDo: hide(problem.whatToDo),
    moreInfo: problem.moreInfo === null ? null : hide(problem.moreInfo),
    ...(problem.adviceKey ? { adviceKey: problem.adviceKey } : {}),
    ...(problem.messageWords ? { messageWords: hideInWords(problem.messageWords, hide) } : {}),
    ...(problem.whatToDoWords ? { whatToDoWords: hideInWords(problem.whatToDoWords, hide) } : {}),
  };
}

function hideInWords({ id, values }: Words, hide: (text: string) => string): Words {
  if (!values) return { id };
  const hidden = Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? hide(value) : value]);
  return { id, values: Object.fromEntries(hidden) as Words['values'] };
}

/** Removal stopped part way: `removed` says what is already gone (in words, or as names). */
export class TwilioRemovalError<Item = string> extends TwilioProblemError {
  constructor(
    problem: TwilioProblem,
    readonly removed: Item[],
    options?: { cause?: unknown },
  ) {
    super(problem, options);
    this.name = 'TwilioRemovalError';
  }
}
