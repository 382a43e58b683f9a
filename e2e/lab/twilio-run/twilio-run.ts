import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';
import { freeTcpPort } from '../free-port';
import { startLabProcess, type LabProcess } from '../lab-process';

export interface TwilioRunReply {
  status: number;
  contentType: string;
  body: string;
}

export interface LabTwilioRun {
  /** http://127.0.0.1:{port}, no trailing slash. */
  url: string;
  /** POSTs a webhook form (application/x-www-form-urlencoded), signed with X-Twilio-Signature as Twilio would. */
  post(path: string, params: Record<string, string>): Promise<TwilioRunReply>;
  /** Stops twilio-run (and the per-request processes it forks) and removes its folder. */
  stop(): Promise<void>;
  /** Everything twilio-run printed: the route list, then one line per request. */
  logs(): string;
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const functionsProject = join(root, 'assets', 'twilio-functions');
const twilioRunBin = join(root, 'node_modules', '.bin', 'twilio-run');
/** The auth token requests are signed with. twilio-run checks no signature, so any token would do. */
export const labAuthToken = 'dialtone-lab-auth-token-0123456789';
const startTimeoutMs = 15_000;

/**
 * Starts the installed twilio-run on a free port, serving assets/twilio-functions with exactly `env` as the
 * Functions' environment (the context variables), and resolves once it answers HTTP.
 * No ngrok, no live reload (each request still runs in a fresh forked process, as in production).
 */
export async function startTwilioRun(options: { env: Record<string, string> }): Promise<LabTwilioRun> {
  const dir = mkdtempSync(join(tmpdir(), 'dialtone-twilio-run-'));
  try {
    writeFileSync(join(dir, '.env'), renderEnvFile(options.env));
    // An empty config file, so that no .twilioserverlessrc above the project changes the flags.
    writeFileSync(join(dir, 'twilioserverless.json'), '{}\n');
    let lastError: unknown;
    // If another process takes the free port first, twilio-run would prompt for a new one: try another instead.
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freeTcpPort();
      const server = startLabProcess(
        'twilio-run',
        twilioRunBin,
        [
          'start',
          '--cwd',
          functionsProject,
          '--env',
          join(dir, '.env'),
          '--config',
          join(dir, 'twilioserverless.json'),
          '--port',
          String(port),
          '--no-live',
        ],
        dir,
      );
      try {
        await waitUntilServing(server, port);
        return handle(server, port, dir);
      } catch (error) {
        lastError = error;
        await server.stop({ graceMs: 2_000 });
      }
    }
    throw lastError;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function handle(server: LabProcess, port: number, dir: string): LabTwilioRun {
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    logs: server.logs,
    async post(path, params) {
      const response = await fetch(url + path, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Twilio-Signature': getExpectedTwilioSignature(labAuthToken, url + path, params),
        },
        body: new URLSearchParams(params),
      });
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        body: await response.text(),
      };
    },
    async stop() {
      await server.stop({ graceMs: 3_000 });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** twilio-run prints its route list once it listens; then make sure that listener is really the one answering. */
async function waitUntilServing(server: LabProcess, port: number): Promise<void> {
  await server.waitForLog(new RegExp(`http://localhost:${port}/`), startTimeoutMs);
  const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5_000) });
  await response.body?.cancel();
}

/** twilio-run reads the file with dotenv 6: one KEY=VALUE a line, outer quotes stripped, no escapes. */
function renderEnvFile(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([key, value]) => {
      if (!/^[A-Za-z_][\w.-]*$/.test(key)) throw new Error(`twilio-run: invalid variable name ${key}`);
      if (/[\r\n]/.test(value)) throw new Error(`twilio-run: ${key} must fit on one line`);
      if (value !== value.trim()) throw new Error(`twilio-run: dotenv would trim the spaces around ${key}`);
      return `${key}='${value}'\n`;
    })
    .join('');
}
