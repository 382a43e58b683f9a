// The lab's second kind of far-end phone on its own: linphonec under a pseudo-terminal, against baresip.
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBaresip, type LabBaresip } from './baresip';
import type { FarEndPhoneOptions } from './far-end-phone';
import { startKamailio, type LabKamailio } from './kamailio';
import { isAlive } from './lab-process';
import { startLinphone, type LabLinphone } from './linphone';
import { energyShareAt, readWav } from './tones';

const aliceTone = 440;
const linTone = 1000;
let kamailio: LabKamailio;
let alice: LabBaresip;
const phones: Array<LabBaresip | LabLinphone> = [];

async function linphone(options: Omit<FarEndPhoneOptions, 'kamailio' | 'password' | 'tone'>): Promise<LabLinphone> {
  const started = await startLinphone({
    ...options,
    kamailio,
    password: `${options.user}-secret`,
    tone: { frequency: linTone },
  });
  phones.push(started);
  return started;
}

async function baresip(options: Omit<FarEndPhoneOptions, 'kamailio' | 'password'>): Promise<LabBaresip> {
  const started = await startBaresip({ ...options, kamailio, password: `${options.user}-secret` });
  phones.push(started);
  return started;
}

const count = (phone: LabBaresip, type: string) => phone.events().filter((event) => event.type === type).length;

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** What a phone heard in its newest call, as the energy share at `frequency` (once its recording is complete). */
async function heard(phone: LabBaresip | LabLinphone, frequency: number): Promise<{ share: number; seconds: number }> {
  await sleep(300);
  const wav = readWav(phone.latestRecording());
  return { share: energyShareAt(wav.samples, wav.rate, frequency), seconds: wav.samples.length / wav.rate };
}

describe('linphonec in the lab', () => {
  beforeAll(async () => {
    kamailio = await startKamailio({
      users: ['alice', 'lin', 'lintls', 'linring', 'bobsecure'].map((user) => ({ user, password: `${user}-secret` })),
    });
    alice = await baresip({ name: 'alice', user: 'alice', transport: 'tcp', tone: { frequency: aliceTone } });
    await alice.waitForRegistered();
  });

  afterAll(async () => {
    await Promise.all(phones.map((phone) => phone.stop()));
    await kamailio?.stop();
  });

  test('registers over TCP, and over TLS with the certificate verified', async () => {
    const [lin, linTls] = await Promise.all([
      linphone({ name: 'lin', user: 'lin', transport: 'tcp' }),
      linphone({ name: 'lintls', user: 'lintls', transport: 'tls', srtp: 'mandatory' }),
    ]);
    await Promise.all([lin.waitForRegistered(), linTls.waitForRegistered()]);
    expect(kamailio.logs()).toMatch(/REGISTER ok sip:lin@127\.0\.0\.1 .*transport=tcp/);
    expect(kamailio.logs()).toMatch(/REGISTER ok sip:lintls@127\.0\.0\.1 .*transport=tls/);
    expect(lin.sipLog()).toMatch(/REGISTER sip:127\.0\.0\.1 SIP\/2\.0/);
    expect(lin.responsesReceived()).toEqual(expect.arrayContaining(['401 REGISTER', '200 REGISTER']));
  });

  test('answers a call by itself: each side hears the other tone, and keys arrive', async () => {
    const lin = phones.find((phone) => phone.sipUri === 'sip:lin@127.0.0.1') as LabLinphone;
    await alice.ctrl.dial(lin.sipUri);
    await alice.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await lin.waitForEvent((event) => event.type === 'streams-running');
    await sleep(1_000);
    await alice.ctrl.sendDtmf('159*0#');
    await until(() => lin.dtmfReceived() === '159*0#', `keys at linphonec (${lin.dtmfReceived()})`, 5_000);
    await sleep(1_500);
    await alice.ctrl.hangup();
    await until(() => lin.callsClosed().length === 1, 'the call to end at linphonec');

    const linHeard = await heard(lin, aliceTone);
    const aliceHeard = await heard(alice, linTone);
    expect(linHeard.seconds).toBeGreaterThan(2);
    expect(linHeard.share).toBeGreaterThan(0.95);
    expect(aliceHeard.share).toBeGreaterThan(0.95);
  });

  test('calls out, holds and resumes; each call has a recording of its own', async () => {
    const lin = phones.find((phone) => phone.sipUri === 'sip:lin@127.0.0.1') as LabLinphone;
    const firstRecording = lin.latestRecording();
    const established = count(alice, 'CALL_ESTABLISHED');
    await lin.ctrl.dial(alice.sipUri);
    await until(() => count(alice, 'CALL_ESTABLISHED') > established, 'alice to answer');
    await lin.waitForEvent((event) => event.type === 'connected' && event.callId === 2);
    await lin.ctrl.pause();
    await lin.waitForEvent((event) => event.type === 'paused' && event.callId === 2);
    const resumedFrom = lin.events().length;
    await lin.ctrl.resume();
    await until(
      () =>
        lin
          .events()
          .slice(resumedFrom)
          .some((event) => event.type === 'streams-running'),
      'the call to resume',
    );
    await sleep(1_500);
    await lin.ctrl.hangup();
    await until(() => lin.callsClosed().length === 2, 'the second call to end');

    expect(lin.latestRecording()).not.toBe(firstRecording);
    expect((await heard(lin, aliceTone)).share).toBeGreaterThan(0.9);
  });

  test('manual answer: rings (180) until answered', async () => {
    const lin = await linphone({ name: 'linring', user: 'linring', transport: 'tcp', answerMode: 'manual' });
    await lin.waitForRegistered();
    const ringing = count(alice, 'CALL_RINGING');
    await alice.ctrl.dial(lin.sipUri);
    await lin.waitForEvent((event) => event.type === 'incoming');
    await until(() => count(alice, 'CALL_RINGING') > ringing, 'alice to hear it ring');
    await sleep(500);
    expect(lin.events().some((event) => event.type === 'connected')).toBe(false);
    await lin.ctrl.answer();
    await lin.waitForEvent((event) => event.type === 'connected');
    await lin.ctrl.hangup();
    await until(() => lin.callsClosed().length === 1, 'the call to end');
  });

  test('TLS with mandatory SRTP: a call to a baresip that insists on SRTP carries both tones', async () => {
    const linSecure = phones.find((phone) => phone.sipUri === 'sip:lintls@127.0.0.1') as LabLinphone;
    const bob = await baresip({
      name: 'bobsecure',
      user: 'bobsecure',
      transport: 'tls',
      tone: { frequency: aliceTone },
      srtp: 'mandatory',
    });
    await bob.waitForRegistered();

    await linSecure.ctrl.dial(bob.sipUri);
    await bob.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await sleep(2_500);
    await linSecure.ctrl.hangup();
    await bob.waitForEvent((event) => event.type === 'CALL_CLOSED');
    await until(() => linSecure.callsClosed().length === 1, 'the call to end');

    expect(linSecure.sipLog()).toMatch(/a=crypto:\d+ AES_CM_128_HMAC_SHA1_80 inline:/);
    expect((await heard(linSecure, aliceTone)).share).toBeGreaterThan(0.95);
    expect((await heard(bob, linTone)).share).toBeGreaterThan(0.95);
  });

  test('stopping ends linphonec and its terminal, and removes its folder', async () => {
    const all = [...phones];
    const linphones = all.filter((phone): phone is LabLinphone => phone.kind === 'linphone');
    const pids = linphones.flatMap((phone) => [phone.pid, phone.terminalPid]);
    expect(pids.filter(isAlive)).toHaveLength(pids.length);
    await Promise.all(all.map((phone) => phone.stop()));
    phones.length = 0;
    expect(pids.filter(isAlive)).toEqual([]);
    expect(linphones.filter((phone) => existsSync(phone.recordingDir))).toEqual([]);
  });
});
