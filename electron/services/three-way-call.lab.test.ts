import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBaresip, type LabBaresip } from '../../e2e/lab/baresip';
import type { FarEndPhoneOptions } from '../../e2e/lab/far-end-phone';
import { startKamailio, type LabKamailio } from '../../e2e/lab/kamailio';
import { startLinphone, type LabLinphone } from '../../e2e/lab/linphone';
import { energyShareAt } from '../../e2e/lab/tones';
import type { CallSnapshot } from '../../shared/models/call';
import { createMemoryLogger } from '../logging/logger';
import { decodeG711 } from '../media/g711';
import { createMediaSession } from '../media/media-session';
import { startSipPhone } from '../sip/engine/sip-phone';
import { labAccount, waitFor } from '../sip/engine/sip-phone-test-kit';
import { createCallService, type CallService } from './call-service';
import { createEventBus } from './event-bus';
import { createLineService, type LineService } from './line-service';
import { heardShare, speakInto } from './three-way-call-test-kit';

const tones = { bob: 1000, carol: 600, person: 440 };

describe('the 3-way call in the lab: bob on linphonec and carol on baresip, through Kamailio', () => {
  let kamailio: LabKamailio;
  let bob: LabLinphone;
  let carol: LabBaresip;
  let line: LineService;
  let calls: CallService;
  const logger = createMemoryLogger();
  const snapshots: CallSnapshot[] = [];

  beforeAll(async () => {
    kamailio = await startKamailio({
      users: ['alice', 'bob', 'carol'].map((user) => ({ user, password: `${user}-secret` })),
    });
    const farEnd = (name: 'bob' | 'carol'): FarEndPhoneOptions => ({
      name,
      kamailio,
      user: name,
      password: `${name}-secret`,
      transport: 'tcp',
      tone: { frequency: tones[name] },
    });
    // Bob is the one held, then resumed: baresip 1.0 stops recording at a re-INVITE, linphonec does not.
    [bob, carol] = await Promise.all([startLinphone(farEnd('bob')), startBaresip(farEnd('carol'))]);
    await Promise.all([bob.waitForRegistered(), carol.waitForRegistered()]);
    const events = createEventBus();
    events.subscribe((event, payload) => {
      if (event === 'calls:state-changed') snapshots.push(payload as CallSnapshot);
    });
    line = createLineService({
      registration: (await import('./registration-status')).createRegistrationStatus(events, { status: 'no-account' }),
      logger,
      startPhone: startSipPhone,
      createMedia: (options) => createMediaSession(options, logger),
      onIncomingCall: (call) => calls.incoming(call),
    });
    calls = createCallService({ line, events, logger, startSoundTest: () => Promise.reject(new Error('not here')) });
    const account = { domain: kamailio.domain, port: kamailio.tcpPort, transport: 'tcp' as const };
    await line.use(labAccount({ user: 'alice', password: 'alice-secret', ...account }));
  }, 30_000);

  afterAll(async () => {
    await calls.hangUpAll();
    await line.stop();
    await Promise.all([bob.stop(), carol.stop()]);
    await kamailio.stop();
  });

  const latest = (id: string) => snapshots.findLast((snapshot) => snapshot.id === id);
  const connected = (id: string) =>
    waitFor(() => (latest(id)?.state === 'connected' ? true : undefined), 10_000, 'the call to connect');

  it('merges a held call with the current one: all three hear each other', async () => {
    const toBob = await calls.dial(bob.sipUri);
    await connected(toBob.id);
    const toCarol = await calls.dial(carol.sipUri);
    await connected(toCarol.id);
    expect(latest(toBob.id)?.onHold).toBe(true);

    await calls.merge(toCarol.id, toBob.id);
    expect(latest(toBob.id)).toMatchObject({ onHold: false, conferenceWith: toCarol.id });
    const bobPort = (await calls.get(toBob.id).audioPort())!;
    const carolPort = (await calls.get(toCarol.id).audioPort())!;
    // What the person hears: each call's far end, played side by side in the renderer.
    const heard = { bob: [] as number[], carol: [] as number[] };
    const stopHearing = (['bob', 'carol'] as const).map((name) =>
      (name === 'bob' ? bobPort : carolPort).onFrame((frame) =>
        heard[name].push(...decodeG711(frame.codec, frame.payload)),
      ),
    );
    // The person's microphone into both calls, as the audio bridges send it.
    await Promise.all([speakInto(bobPort, tones.person, 4000), speakInto(carolPort, tones.person, 4000)]);
    for (const stop of stopHearing) stop();

    await calls.hangUpAll();
    await waitFor(() => (latest(toCarol.id)?.state === 'ended' ? true : undefined), 5000, 'the calls to end');
    const bobHeard = { carol: await heardShare(bob, tones.carol), person: await heardShare(bob, tones.person) };
    const carolHeard = { bob: await heardShare(carol, tones.bob), person: await heardShare(carol, tones.person) };
    const personHeard = {
      bob: energyShareAt(Int16Array.from(heard.bob), 8000, tones.bob),
      carol: energyShareAt(Int16Array.from(heard.carol), 8000, tones.carol),
    };
    const mixing = logger.records.filter((record) => record.message === '3-way call mixing');

    expect(bobHeard.carol).toBeGreaterThan(0.2);
    expect(bobHeard.person).toBeGreaterThan(0.2);
    expect(carolHeard.bob).toBeGreaterThan(0.2);
    expect(carolHeard.person).toBeGreaterThan(0.2);
    expect(personHeard.bob).toBeGreaterThan(0.8);
    expect(personHeard.carol).toBeGreaterThan(0.8);
    expect(mixing).toHaveLength(2);
  }, 60_000);
});
