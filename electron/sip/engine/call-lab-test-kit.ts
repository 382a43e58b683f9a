import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBaresip, type LabBaresip } from '../../../e2e/lab/baresip';
import { startKamailio, type LabKamailio } from '../../../e2e/lab/kamailio';
import { energyShareAt, makeToneWav, readWav } from '../../../e2e/lab/tones';
import { createWavSink, createWavSource } from '../../media/wav';
import type { SipCall } from './sip-call';
import { labAccount, startLabPhone, waitFor } from './sip-phone-test-kit';

export const dialtoneTone = 440;
export const farEndTone = 1000;

/** Kamailio, a baresip "bob" that auto-answers playing 1 kHz, and Dialtone's phone as alice over TLS. */
export async function startCallLab(options: { srtp?: 'off' | 'mandatory'; transport?: 'tcp' | 'tls' } = {}) {
  const srtp = options.srtp ?? 'off';
  const transport = options.transport ?? 'tls';
  const dir = mkdtempSync(join(tmpdir(), 'dialtone-call-lab-'));
  const kamailio: LabKamailio = await startKamailio({
    users: [
      { user: 'alice', password: 'alice-secret' },
      { user: 'bob', password: 'bob-secret' },
    ],
  });
  const bob: LabBaresip = await startBaresip({
    name: 'bob',
    kamailio,
    user: 'bob',
    password: 'bob-secret',
    transport: 'tcp',
    tone: { frequency: farEndTone },
    srtp,
  });
  await bob.waitForRegistered();
  const alice = await startLabPhone(
    labAccount({
      user: 'alice',
      password: 'alice-secret',
      domain: kamailio.domain,
      port: transport === 'tls' ? kamailio.tlsPort : kamailio.tcpPort,
      transport,
      caCertPem: kamailio.caCertPem,
      srtp,
    }),
  );
  const tonePath = join(dir, 'alice-440.wav');
  await makeToneWav(tonePath, dialtoneTone, 30);

  /** Plays Dialtone's tone into the call and records what comes back, until stopped. */
  async function talk(call: SipCall) {
    const port = await waitFor(() => call.state.state === 'connected' || undefined, 10_000, 'the call to connect').then(
      () => call.audioPort(),
    );
    if (!port) throw new Error('The call has no media port');
    const source = await createWavSource(port, tonePath, { loop: true });
    const sink = createWavSink(port, join(dir, `heard-${call.id}.wav`));
    return {
      async stop() {
        source.stop();
        return sink.stop();
      },
    };
  }

  return {
    kamailio,
    bob,
    alice,
    talk,
    /** What bob heard in his last call (complete once the call ended), as the energy share at our tone. */
    async bobHeardShare(frequency = dialtoneTone): Promise<number> {
      await waitFor(
        () => {
          try {
            return bob.latestRecording();
          } catch {
            return undefined;
          }
        },
        5000,
        'bob recording',
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const wav = readWav(bob.latestRecording());
      return energyShareAt(wav.samples, wav.rate, frequency);
    },
    async stop() {
      await alice.phone.stop().catch(() => undefined);
      await bob.stop();
      await kamailio.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
