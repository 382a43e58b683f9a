import type { SaveAccountInput } from '../../shared/models/account';
import { startBaresip, type LabBaresip } from '../lab/baresip';
import { startKamailio, type LabKamailio } from '../lab/kamailio';
import { energyShareAt, readWav, type Wav } from '../lab/tones';

export const farEndTone = 1000;
export const alice = { user: 'alice', password: 'alice-secret' };

export interface CallLab {
  kamailio: LabKamailio;
  /** Auto-answers, plays 1 kHz, records what it hears; registered over TCP. */
  bob: LabBaresip;
  /** Dialtone's account for alice over TLS, trusting the lab's certificate, as accounts:save takes it. */
  aliceAccount: SaveAccountInput;
  /** The energy share at `frequency` of what bob heard in his newest call (waits for the recording). */
  bobHeardShare(frequency: number): Promise<number>;
  stop(): Promise<void>;
}

/** Kamailio with alice and bob, and baresip bob: the far end of the e2e call specs. */
export async function startCallLab(): Promise<CallLab> {
  const kamailio = await startKamailio({ users: [alice, { user: 'bob', password: 'bob-secret' }] });
  let bob: LabBaresip;
  try {
    bob = await startBaresip({
      name: 'bob',
      kamailio,
      user: 'bob',
      password: 'bob-secret',
      transport: 'tcp',
      tone: { frequency: farEndTone },
    });
    await bob.waitForRegistered();
  } catch (error) {
    await kamailio.stop();
    throw error;
  }
  return {
    kamailio,
    bob,
    aliceAccount: {
      fields: {
        label: 'Lab',
        provider: 'sip',
        sipAddress: `${alice.user}@${kamailio.domain}`,
        authUsername: alice.user,
        registrar: `127.0.0.1:${kamailio.tlsPort}`,
        outboundProxy: null,
        transport: 'tls',
        srtp: 'off',
        displayName: 'Alice',
        stunServer: null,
        trustedCaPem: kamailio.caCertPem,
        pinnedCertSha256: null,
        enabled: true,
      },
      password: alice.password,
    },
    bobHeardShare: (frequency) => heardShare(bob, frequency),
    async stop() {
      await bob.stop();
      await kamailio.stop();
    },
  };
}

/** A lab phone's newest recording, once its call has ended and sndfile has finished the file. */
export async function latestRecordingOf(phone: LabBaresip, timeoutMs = 5_000): Promise<Wav> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const path = phone.latestRecording();
      // sndfile finishes the file as the call ends.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return readWav(path);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The energy share at `frequency` of what a lab phone heard in its newest call. */
export async function heardShare(phone: LabBaresip, frequency: number): Promise<number> {
  const wav = await latestRecordingOf(phone);
  return energyShareAt(wav.samples, wav.rate, frequency);
}
