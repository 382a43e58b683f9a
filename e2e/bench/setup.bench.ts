import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InvokeChannel, InvokeInput, InvokeOutput } from '../../shared/contract/invoke-channels';
import type { Result } from '../../shared/result';
import { createBackend } from '../../electron/create-backend';
import { createMemoryLogger } from '../../electron/logging/logger';
import { createMemorySecretStore } from '../../electron/secrets/secret-store';
import { startTwilioDouble, type DoubleAccount } from '../lab/twilio-double';
import type { BenchFigures } from './bench-figures';
import { benchAmount } from './quick-mode';

/**
 * bench:setup: the Twilio setup through the contract router, against the Twilio double behind Prism:
 * how many REST requests each phase makes (a fresh setup, a rerun, the removal) and how long each
 * takes here. Twilio's own latency is not in these times; the request counts are what carries over.
 */
const runs = benchAmount({ full: 3, quick: 1, variable: 'BENCH_RUNS' });
const accounts: DoubleAccount[] = Array.from({ length: runs }, (_, index) => ({
  sid: `AC${String(index + 1).padStart(32, '0')}`,
  authToken: `${String(index + 1).padStart(32, 'a')}`,
  friendlyName: `Bench ${index + 1}`,
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
}));
const double = await startTwilioDouble({ accounts });

type Phase = 'connect' | 'search' | 'buy' | 'provision' | 'rerun' | 'remove';
const samples: Record<Phase, { ms: number[]; requests: number[] }> = {
  connect: { ms: [], requests: [] },
  search: { ms: [], requests: [] },
  buy: { ms: [], requests: [] },
  provision: { ms: [], requests: [] },
  rerun: { ms: [], requests: [] },
  remove: { ms: [], requests: [] },
};

for (const account of accounts) {
  const dataDir = mkdtempSync(join(tmpdir(), 'dialtone-bench-setup-'));
  const backend = await createBackend({
    dataDir,
    secrets: createMemorySecretStore(),
    loginItem: { supported: false, apply: () => undefined },
    logger: createMemoryLogger(),
    assetsDir: join(import.meta.dirname, '../../assets'),
    info: {
      version: 'bench',
      shell: 'browser',
      platform: process.platform,
      features: { startAtLogin: false, globalShortcuts: false, updates: false },
    },
    // Nothing listens on port 1: the saved line's registration is not part of this bench.
    twilio: { endpoints: double.endpoints, sipProxyOverride: { host: '127.0.0.1:1', trustedCaPem: null } },
  });
  const invoke = async <C extends InvokeChannel>(channel: C, payload?: InvokeInput<C>) => {
    const result = (await backend.router.invoke(channel, payload)) as Result<InvokeOutput<C>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  const timed = async <T>(phase: Phase, work: () => Promise<T>): Promise<T> => {
    const before = double.requests().length;
    const started = performance.now();
    const value = await work();
    samples[phase].ms.push(performance.now() - started);
    samples[phase].requests.push(double.requests().length - before);
    return value;
  };

  await timed('connect', () =>
    invoke('setup:connect-twilio', { kind: 'auth-token', accountSid: account.sid, authToken: account.authToken }),
  );
  await invoke('setup:go-to', { step: 'edge' });
  await invoke('setup:set-edge', { edge: 'ashburn' });
  const found = await timed('search', () =>
    invoke('setup:search-numbers', { country: 'US', type: 'local', voice: true, sms: false }),
  );
  const phoneNumber = found.items[0]?.phoneNumber;
  if (!phoneNumber) throw new Error('the double offered no number');
  await timed('buy', () => invoke('setup:choose-number', { kind: 'buy', phoneNumber, confirmPurchase: true }));
  for (const phase of ['provision', 'rerun'] as const) {
    const state = await timed(phase, () => invoke('setup:provision'));
    if (state.problem) throw new Error(`${phase}: ${state.problem.message}`);
  }
  await timed('remove', () => invoke('setup:remove-from-twilio', { releaseNumber: true }));
  await backend.close();
  rmSync(dataDir, { recursive: true, force: true });
}
double.assertNoValidationErrors();
await double.stop();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const round = (value: number) => Math.round(value);
const fresh = (['connect', 'search', 'buy', 'provision'] as const).reduce(
  (sum, phase) => sum + median(samples[phase].requests),
  0,
);
const figures: BenchFigures<'setup'> = {
  runs,
  freshSetupRequests: fresh,
  provisionRequests: median(samples.provision.requests),
  rerunRequests: median(samples.rerun.requests),
  removeRequests: median(samples.remove.requests),
  connectMs: round(median(samples.connect.ms)),
  searchMs: round(median(samples.search.ms)),
  buyMs: round(median(samples.buy.ms)),
  provisionMs: round(median(samples.provision.ms)),
  rerunMs: round(median(samples.rerun.ms)),
  removeMs: round(median(samples.remove.ms)),
};
console.log(JSON.stringify(figures));
