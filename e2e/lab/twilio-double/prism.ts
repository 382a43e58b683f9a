import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freeTcpPort } from '../free-port';
import { patchSpec } from './spec-patches';

export const specDir = fileURLToPath(new URL('../../../../shared/twilio-oai/', import.meta.url));
/**
 * Official spec files the shared copy lacks (Pricing v2), from the npm registry: @twilio-alpha/mcp
 * ships Twilio's twilio-oai specs unchanged.
 */
const registrySpecDir = fileURLToPath(
  new URL('../../../node_modules/@twilio-alpha/mcp/twilio-oai/spec/json/', import.meta.url),
);
const specPathOf = (specFile: string) =>
  existsSync(join(specDir, specFile)) ? join(specDir, specFile) : join(registrySpecDir, specFile);
const prismBin = fileURLToPath(new URL('../../../node_modules/.bin/prism', import.meta.url));
const startTimeoutMs = 30_000;

export interface PrismFront {
  /** Base URL clients use: a recording relay in front of Prism (see below). */
  url: string;
  stop(): Promise<void>;
}

/**
 * `prism proxy <spec> <double> --errors`, and what it reports, found by trying it (Prism 5.14.2):
 * - A request that breaks the spec (missing required form field, wrong type) is answered 422 by Prism itself, body
 *   `{type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY", validation: [{location, message}…]}`; the
 *   double never sees it. No Authorization header at all: Prism answers 401 (#UNAUTHORIZED) itself.
 * - A response that breaks the spec (wrong type, pattern, format, or a 2xx status the operation does not declare) is
 *   replaced by a 500 with `#VIOLATIONS` and the details in `validation`.
 * - With --errors the log only says "Request terminated with error: <type>: <title>", without the details, so the
 *   relay in front of Prism reads them from those bodies. The log adds "[VALIDATOR] ⚠ warning Violation: …" lines:
 *   "Selected route not found" (a path the spec lacks) is kept; "Unable to match the returned status code" is not,
 *   since Twilio's spec declares no error responses at all and the double's 4xx pass through unchanged.
 */
/**
 * Media content (a recording's audio, an MMS picture: the resource's uri without .json) is not in the contract, so
 * the relay sends those requests straight to the double instead of through Prism.
 */
export const mediaContentPath = /^\/2010-04-01\/Accounts\/[^/]+\/(Recordings\/[^/]+|Messages\/[^/]+\/Media\/[^/]+)$/;

export async function startPrism(
  specFile: string,
  upstream: string,
  report: (problem: string) => void,
  bypass?: RegExp,
): Promise<PrismFront> {
  const dir = mkdtempSync(join(tmpdir(), 'dialtone-prism-'));
  const spec = join(dir, specFile);
  writeFileSync(spec, JSON.stringify(patchSpec(specFile, JSON.parse(readFileSync(specPathOf(specFile), 'utf8')))));
  const { child, port } = await listeningPrism(specFile, spec, upstream, report).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const relay = await startRelay(port, report, bypass && { pattern: bypass, upstream: new URL(upstream) });
  return {
    url: relay.url,
    async stop() {
      await relay.stop();
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Prism on a port found free a moment before: another process can take it meanwhile (EADDRINUSE, seen once in CI),
 * so that start is tried again on another port.
 */
async function listeningPrism(
  specFile: string,
  spec: string,
  upstream: string,
  report: (problem: string) => void,
): Promise<{ child: ChildProcess; port: number }> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freeTcpPort();
    const child = spawn(prismBin, ['proxy', spec, upstream, '--errors', '-h', '127.0.0.1', '-p', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await prismReady(specFile, child, report);
      return { child, port };
    } catch (error) {
      await stopChild(child);
      if (attempt < 3 && error instanceof Error && error.message.includes('EADDRINUSE')) continue;
      throw error;
    }
  }
}

/** Resolves once Prism listens; meanwhile and after, reports the violations its log names. */
function prismReady(specFile: string, child: ChildProcess, report: (problem: string) => void): Promise<void> {
  let output = '';
  let lastRequest = '';
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism (${specFile}) did not start:\n${output}`)), startTimeoutMs);
    child.once('exit', (code) => reject(new Error(`Prism (${specFile}) exited with ${code}:\n${output}`)));
    const onData = (data: Buffer) => {
      output += data.toString('utf8');
      for (const line of data.toString('utf8').split('\n')) {
        const received = /\[HTTP SERVER\] (\w+) (\S+) .*Request received/.exec(line);
        if (received) lastRequest = `${received[1]!.toUpperCase()} ${received[2]}`;
        const violation = /\[VALIDATOR\] .*(warning|error)\s+Violation: (.*)$/.exec(line);
        if (violation && !/Unable to match the returned status code/.test(violation[2]!)) {
          report(`${lastRequest}: ${violation[2]} (Prism ${violation[1]})`);
        }
        if (line.includes('Prism is listening on')) {
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

/** Passes everything through to Prism unchanged; records the Prism-generated errors with their details. */
async function startRelay(
  prismPort: number,
  report: (problem: string) => void,
  bypass?: { pattern: RegExp; upstream: URL },
): Promise<{ url: string; stop(): Promise<void> }> {
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const direct = bypass?.pattern.test(new URL(incoming.url ?? '/', 'http://relay').pathname);
      // Both Prism and the double listen on 127.0.0.1.
      const port = direct ? Number(bypass!.upstream.port) : prismPort;
      const headers = { ...incoming.headers, host: `127.0.0.1:${port}` };
      const forward = httpRequest(
        { host: '127.0.0.1', port, method: incoming.method, path: incoming.url, headers },
        (answer) => {
          const answerChunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => answerChunks.push(chunk));
          answer.on('end', () => {
            const answerBody = Buffer.concat(answerChunks);
            recordProblem(`${incoming.method} ${incoming.url}`, answer.statusCode ?? 0, answerBody, report);
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers).end(answerBody);
          });
        },
      );
      forward.on('error', (error) => outgoing.writeHead(502).end(String(error)));
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function recordProblem(request: string, status: number, body: Buffer, report: (problem: string) => void): void {
  if (status < 400) return;
  let problem: { type?: string; title?: string; validation?: Array<{ location?: string[]; message?: string }> };
  try {
    problem = JSON.parse(body.toString('utf8')) as typeof problem;
  } catch {
    return;
  }
  if (!problem.type?.startsWith('https://stoplight.io/prism/errors#')) return;
  const details = (problem.validation ?? []).map((v) => `${(v.location ?? []).join('.')}: ${v.message}`).join('; ');
  report(`${request} -> ${status} ${problem.title}${details ? `: ${details}` : ''}`);
}
