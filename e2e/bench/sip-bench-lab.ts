import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CallState } from '../../shared/models/call';
import { createLogger, type LogRecord } from '../../electron/logging/logger';
import { createMediaSession } from '../../electron/media/media-session';
import type { PacketPort } from '../../electron/media/media-session-types';
import { createWavSink, createWavSource, type WavAudio } from '../../electron/media/wav';
import type { PhoneRegistration } from '../../electron/sip/engine/registration-outcome';
import type { SipCall } from '../../electron/sip/engine/sip-call';
import { startSipPhone } from '../../electron/sip/engine/sip-phone';
import { labAccount } from '../../electron/sip/engine/sip-phone-test-kit';
import { startBaresip, type LabBaresip } from '../lab/baresip';
import { startKamailio, type LabKamailio } from '../lab/kamailio';
import { makeToneWav } from '../lab/tones';

export const dialtoneTone = 440;
export const farEndTone = 1000;

/** Warnings and errors on stderr, the rest dropped: what the shells' logger does, minus info lines. */
function benchLogger() {
  return createLogger((record: LogRecord) => {
    if (record.level === 'warn' || record.level === 'error') process.stderr.write(`${JSON.stringify(record)}\n`);
  });
}

/**
 * Kamailio, a baresip "bob" that auto-answers playing 1 kHz, and Dialtone's phone as alice over TLS,
 * with a temporary folder of its own for tones and recordings.
 */
export async function startSipBenchLab(toneSeconds: number) {
  const dir = mkdtempSync(join(tmpdir(), 'dialtone-sip-bench-'));
  const started: {
    kamailio?: LabKamailio;
    bob?: LabBaresip;
    phone?: Awaited<ReturnType<typeof startSipPhone>>;
    carol?: Awaited<ReturnType<typeof startSipPhone>>;
  } = {};
  const stop = async () => {
    await started.phone?.stop().catch(() => undefined);
    await started.carol?.stop().catch(() => undefined);
    await started.bob?.stop().catch(() => undefined);
    await started.kamailio?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const tonePath = join(dir, 'alice-440.wav');
    await makeToneWav(tonePath, dialtoneTone, toneSeconds);
    const kamailio = (started.kamailio = await startKamailio({
      users: [
        { user: 'alice', password: 'alice-secret' },
        { user: 'bob', password: 'bob-secret' },
        { user: 'carol', password: 'carol-secret' },
      ],
    }));
    const bob = (started.bob = await startBaresip({
      name: 'bob',
      kamailio,
      user: 'bob',
      password: 'bob-secret',
      transport: 'tcp',
      tone: { frequency: farEndTone },
    }));
    await bob.waitForRegistered();

    const account = labAccount({
      user: 'alice',
      password: 'alice-secret',
      domain: kamailio.domain,
      port: kamailio.tlsPort,
      transport: 'tls',
      caCertPem: kamailio.caCertPem,
    });
    const logger = benchLogger();
    /** A fresh phone: a new UserAgent knows no nonce yet, so its REGISTER meets the 401 challenge. */
    const startPhone = (onRegistration: (state: PhoneRegistration) => void = () => undefined) =>
      startSipPhone({
        account,
        logger,
        createMedia: (options) => createMediaSession(options, logger.child('media')),
        onRegistration,
        onIncomingCall: (call) => void call.decline(),
        onConnectionLost: (error) => process.stderr.write(`SIP connection lost: ${String(error)}\n`),
      });

    /** Starts a phone, times 'registering' to 'registered' (REGISTER, 401, REGISTER with credentials, 200), stops it. */
    async function timeRegistration(): Promise<number> {
      let registeringAt = NaN;
      let registeredAt = NaN;
      const phone = await startPhone((state) => {
        if (state.status === 'registering') registeringAt = performance.now();
        else if (state.status === 'registered') registeredAt = performance.now();
      });
      await phone.stop();
      if (phone.initial.status !== 'registered')
        throw new Error(`alice did not register: ${JSON.stringify(phone.initial)}`);
      return registeredAt - registeringAt;
    }

    const phone = (started.phone = await startPhone());
    if (phone.initial.status !== 'registered')
      throw new Error(`alice did not register: ${JSON.stringify(phone.initial)}`);

    // A second Dialtone phone that answers at once: call setup with no far-end answer delay in it.
    const carol = (started.carol = await startSipPhone({
      account: labAccount({
        user: 'carol',
        password: 'carol-secret',
        domain: kamailio.domain,
        port: kamailio.tcpPort,
        transport: 'tcp',
      }),
      logger,
      createMedia: (options) => createMediaSession(options, logger.child('media')),
      onRegistration: () => undefined,
      onIncomingCall: (call) => void call.answer(),
      onConnectionLost: (error) => process.stderr.write(`SIP connection lost (carol): ${String(error)}\n`),
    }));
    if (carol.initial.status !== 'registered')
      throw new Error(`carol did not register: ${JSON.stringify(carol.initial)}`);
    const farEnds = { bob: bob.sipUri, carol: `sip:carol@${kamailio.domain}` };

    /** Dials a far end and resolves once connected, with INVITE-to-200 time (dial() start to 'connected'). */
    async function connect(
      to: keyof typeof farEnds = 'bob',
    ): Promise<{ call: SipCall; setupMs: number; port: PacketPort }> {
      const call = phone.dial(farEnds[to]);
      const connected = reached(call, 'connected');
      const dialAt = performance.now();
      await call.dial();
      const setupMs = (await connected) - dialAt;
      const port = await call.audioPort();
      if (!port) throw new Error('The call has no media port');
      return { call, setupMs, port };
    }

    /** Plays our tone into `sendPort` and records what `port` hears for `ms`. */
    async function talk(port: PacketPort, sendPort: PacketPort, ms: number): Promise<WavAudio> {
      const source = await createWavSource(sendPort, tonePath, { loop: true });
      const sink = createWavSink(port, join(dir, 'heard.wav'));
      await sleep(ms);
      source.stop();
      return sink.stop();
    }

    async function hangUp(call: SipCall): Promise<void> {
      const ended = reached(call, 'ended');
      await call.hangUp();
      await ended;
    }

    return { kamailio, bob, phone, timeRegistration, connect, talk, hangUp, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Resolves with performance.now() when the call reaches `state` (fails if it ends first, or after 10 s). */
function reached(call: SipCall, state: CallState): Promise<number> {
  if (call.state.state === state) return Promise.resolve(performance.now());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => settle(new Error(`Timed out waiting for the call to be ${state}`)), 10_000);
    const off = call.onChange((snapshot) => {
      if (snapshot.state === state) settle(undefined, performance.now());
      else if (snapshot.state === 'ended') settle(new Error(`The call ended (${snapshot.endReason}) before ${state}`));
    });
    function settle(error: Error | undefined, at?: number) {
      clearTimeout(timer);
      off();
      if (error) reject(error);
      else resolve(at!);
    }
  });
}
