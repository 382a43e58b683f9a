import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticate, notFound, TwilioError } from './errors';
import type { DoubleAccount, Store } from './state';

export type Host = 'api' | 'serverless' | 'upload' | 'pricing' | 'lookups' | 'trunking';

export interface Context {
  host: Host;
  method: string;
  path: string;
  query: URLSearchParams;
  /** application/x-www-form-urlencoded fields, repeated keys kept (FunctionVersions=ZN1&FunctionVersions=ZN2). */
  form: URLSearchParams;
  params: Record<string, string>;
  account: DoubleAccount;
  headers: IncomingMessage['headers'];
  rawBody: Buffer;
  store: Store;
}

export interface Reply {
  status: number;
  /** JSON, or a Buffer sent as is with contentType (recording audio, MMS pictures). */
  body?: unknown;
  contentType?: string;
}

export interface Route {
  host: Host;
  method: string;
  pattern: RegExp;
  handle(context: Context): Reply | Promise<Reply>;
}

/** '/v1/Services/:ServiceSid' -> a RegExp with a named group per parameter. */
export function route(host: Host, method: string, template: string, handle: Route['handle']): Route {
  const source = template
    .replace(/[.]/g, '\\.')
    .replace(/:([A-Za-z]+)/g, (_match, name: string) => `(?<${name}>[^/]+?)`);
  return { host, method, pattern: new RegExp(`^${source}$`), handle };
}

export interface FailRule {
  method?: string;
  path: RegExp;
  /** Only requests whose query string matches (e.g. /Page=1/ for a list's second page). */
  query?: RegExp;
  status: number;
  code: number;
  message: string;
  times?: number;
}

/** The next matching successful answer(s) get these fields changed (Twilio's OpenAPI lets each be null). */
export interface AnswerFault {
  method?: string;
  path: RegExp;
  /** Fields by their JSON names (phone_number, domain_name, ...) and the values they get instead. */
  set: Record<string, unknown>;
  /** For a list answer: the key of its items (incoming_phone_numbers, domains, ...); each item is changed. */
  list?: string;
  times?: number;
}

export interface RequestRecord {
  method: string;
  host: Host;
  path: string;
  status: number;
}

export class DoubleServer {
  readonly log: RequestRecord[] = [];
  readonly unknownRoutes: string[] = [];
  private readonly failRules: Array<FailRule & { left: number }> = [];
  private readonly answerFaults: Array<AnswerFault & { left: number }> = [];
  private readonly servers: Server[] = [];

  constructor(
    private readonly store: Store,
    private readonly routes: Route[],
  ) {}

  failNext(rule: FailRule): void {
    this.failRules.push({ ...rule, left: rule.times ?? 1 });
  }

  corruptNext(fault: AnswerFault): void {
    this.answerFaults.push({ ...fault, left: fault.times ?? 1 });
  }

  private corrupt(method: string, path: string, reply: Reply): Reply {
    if (reply.status >= 300 || typeof reply.body !== 'object' || reply.body === null || Buffer.isBuffer(reply.body)) {
      return reply;
    }
    const fault = this.answerFaults.find(
      (candidate) =>
        candidate.left > 0 &&
        (!candidate.method || candidate.method.toUpperCase() === method) &&
        candidate.path.test(path),
    );
    if (!fault) return reply;
    fault.left -= 1;
    const body = reply.body as Record<string, unknown>;
    const items =
      fault.list === undefined ? [body] : ((body[fault.list] as Record<string, unknown>[] | undefined) ?? []);
    for (const item of items) Object.assign(item, fault.set);
    return reply;
  }

  /** One listener per host on 127.0.0.1 (the paths of the serverless and upload hosts overlap). Returns the base URL. */
  async listen(host: Host): Promise<string> {
    const server = createServer((request, response) => {
      void this.handle(host, request, response);
    });
    this.servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await Promise.all(
      this.servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      ),
    );
  }

  private async handle(host: Host, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://double');
    const method = (request.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks);
    let reply: Reply;
    try {
      reply = this.corrupt(method, url.pathname, await this.dispatch(host, method, url, request, rawBody));
    } catch (error) {
      const twilioError =
        error instanceof TwilioError ? error : new TwilioError(500, 20500, `Internal Server Error: ${String(error)}`);
      reply = { status: twilioError.status, body: twilioError.body() };
    }
    this.log.push({ method, host, path: url.pathname, status: reply.status });
    if (reply.body === undefined) {
      response.writeHead(reply.status).end();
      return;
    }
    if (Buffer.isBuffer(reply.body)) {
      const headers = { 'Content-Type': reply.contentType ?? 'application/octet-stream' };
      response.writeHead(reply.status, headers).end(reply.body);
      return;
    }
    response.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply.body));
  }

  private async dispatch(host: Host, method: string, url: URL, request: IncomingMessage, rawBody: Buffer) {
    const path = url.pathname;
    const rule = this.failRules.find(
      (candidate) =>
        candidate.left > 0 &&
        (!candidate.method || candidate.method.toUpperCase() === method) &&
        candidate.path.test(path) &&
        (!candidate.query || candidate.query.test(url.search)),
    );
    if (rule) {
      rule.left -= 1;
      throw new TwilioError(rule.status, rule.code, rule.message);
    }
    const { account, byKey } = this.authenticated(request);
    // Keys made through the REST API are Standard keys: every resource but the Account itself and Keys
    // (twilio.com/docs/iam/api-keys/keys-in-console). ASSUMPTION: refused with 403 / 20403.
    if (byKey && /^\/2010-04-01\/Accounts\/[^/]+(\.json|\/Keys\b.*)$/.test(path)) {
      throw new TwilioError(403, 20403, 'Forbidden: a Standard API key cannot access the Account or Keys resources');
    }
    const pathAccount = /^\/2010-04-01\/Accounts\/([^/.]+)/.exec(path)?.[1];
    // ASSUMPTION: valid credentials used on another account's URL fail like wrong ones (20003, 401; FACTS §9).
    if (pathAccount && pathAccount !== account.sid) throw authenticate();
    for (const candidate of this.routes) {
      if (candidate.host !== host || candidate.method !== method) continue;
      const match = candidate.pattern.exec(path);
      if (!match) continue;
      const isForm = (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
      return candidate.handle({
        host,
        method,
        path,
        query: url.searchParams,
        form: new URLSearchParams(isForm ? rawBody.toString('utf8') : ''),
        params: { ...match.groups },
        account,
        headers: request.headers,
        rawBody,
        store: this.store,
      });
    }
    this.unknownRoutes.push(`${method} ${host} ${path}: the double does not implement this route`);
    throw notFound(path);
  }

  /** Basic auth: Account SID + auth token, or an API Key SID (SK…) + its secret. */
  private authenticated(request: IncomingMessage): { account: DoubleAccount; byKey: boolean } {
    const header = request.headers.authorization ?? '';
    const [user = '', password = ''] = Buffer.from(header.replace(/^Basic /, ''), 'base64')
      .toString('utf8')
      .split(/:(.*)/s);
    const account = this.store.accounts.find((candidate) => candidate.sid === user);
    if (account && account.authToken === password) return { account, byKey: false };
    const key = this.store.keys.find((candidate) => candidate.sid === user && candidate.secret === password);
    const owner = key && this.store.accounts.find((candidate) => candidate.sid === key.accountSid);
    if (owner) return { account: owner, byKey: true };
    throw authenticate();
  }
}
