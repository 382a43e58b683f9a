import { assertNever } from '../../shared/assert-never';
import type { SaveAccountInput } from '../../shared/models/account';
import { startBaresip, type LabBaresip } from '../lab/baresip';
import type { FarEndKind, FarEndPhone, FarEndPhoneOptions } from '../lab/far-end-phone';
import { startKamailio, type LabKamailio } from '../lab/kamailio';
import { startLinphone, type LabLinphone } from '../lab/linphone';
import { energyShareAt, readWav, type Wav } from '../lab/tones';

export const farEndTone = 1000;
export const alice = { user: 'alice', password: 'alice-secret' };

export interface CallLabOptions {
  /** The program bob runs: baresip (the default) or linphonec. */
  farEnd?: FarEndKind;
  /** Bob over TLS insisting on SRTP, and alice's account with SRTP required; else bob over TCP, no SRTP. */
  secure?: boolean;
  /** auto (the default): bob answers at once; manual: bob's phone rings until bob.ctrl.answer(). */
  answerMode?: FarEndPhoneOptions['answerMode'];
  /** Bob plays speech-like noise instead of his 1 kHz tone (for echo cancellation). */
  speechLike?: boolean;
  /**
   * Kamailio stands in for Twilio ringing Dialtone: bob's calls carry these X- headers of the inbound
   * Function ('X-Dialtone-Verstat: TN-Validation-Passed-A'), and alice's account is a Twilio line, which reads them.
   */
  twilioHeaders?: string[];
}

/** A far-end phone of either kind; `kind` tells which, for what only one of them offers. */
export type LabPhone = LabBaresip | LabLinphone;

export interface CallLab {
  kamailio: LabKamailio;
  /** Answers as answerMode says, plays 1 kHz, records what he hears. */
  bob: LabPhone;
  /** Dialtone's account for alice over TLS, trusting the lab's certificate, as accounts:save takes it. */
  aliceAccount: SaveAccountInput;
  /** The energy share at `frequency` of what bob heard in his newest call (waits for the recording). */
  bobHeardShare(frequency: number): Promise<number>;
  stop(): Promise<void>;
}

/** Starts a far-end phone of the given kind: the call specs run against each kind the same way. */
export function startFarEnd(kind: FarEndKind, options: FarEndPhoneOptions): Promise<LabPhone> {
  switch (kind) {
    case 'baresip':
      return startBaresip(options);
    case 'linphone':
      return startLinphone(options);
    default:
      return assertNever(kind);
  }
}

/** Kamailio with alice and bob, and bob's phone: the far end of the e2e call specs. */
export async function startCallLab(options: CallLabOptions = {}): Promise<CallLab> {
  const secure = options.secure ?? false;
  const kamailio = await startKamailio({
    users: [alice, { user: 'bob', password: 'bob-secret' }],
    inviteHeadersByCaller: options.twilioHeaders && { bob: options.twilioHeaders },
  });
  let bob: LabPhone;
  try {
    bob = await startFarEnd(options.farEnd ?? 'baresip', {
      name: 'bob',
      kamailio,
      user: 'bob',
      password: 'bob-secret',
      transport: secure ? 'tls' : 'tcp',
      srtp: secure ? 'mandatory' : 'off',
      tone: { frequency: farEndTone, speechLike: options.speechLike ?? false },
      answerMode: options.answerMode ?? 'auto',
    });
  } catch (error) {
    await kamailio.stop();
    throw error;
  }
  try {
    await bob.waitForRegistered();
  } catch (error) {
    await bob.stop();
    await kamailio.stop();
    throw error;
  }
  return {
    kamailio,
    bob,
    aliceAccount: {
      fields: {
        label: 'Lab',
        provider: options.twilioHeaders ? 'twilio' : 'sip',
        sipAddress: `${alice.user}@${kamailio.domain}`,
        authUsername: alice.user,
        registrar: `127.0.0.1:${kamailio.tlsPort}`,
        outboundProxy: null,
        transport: 'tls',
        srtp: secure ? 'mandatory' : 'off',
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

/** A lab phone's newest recording, once its call has ended and the phone has finished the file. */
export async function latestRecordingOf(phone: FarEndPhone, timeoutMs = 5_000): Promise<Wav> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const path = phone.latestRecording();
      // Both phones finish the file as the call ends.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return readWav(path);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The energy share at `frequency` of what a lab phone heard in its newest call. */
export async function heardShare(phone: FarEndPhone, frequency: number): Promise<number> {
  const wav = await latestRecordingOf(phone);
  return energyShareAt(wav.samples, wav.rate, frequency);
}
