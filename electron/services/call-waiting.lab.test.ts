import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBaresip, type LabBaresip } from '../../e2e/lab/baresip';
import { startKamailio, type LabKamailio } from '../../e2e/lab/kamailio';
import type { CallSnapshot } from '../../shared/models/call';
import { createMemoryLogger } from '../logging/logger';
import { createMediaSession } from '../media/media-session';
import { startSipPhone } from '../sip/engine/sip-phone';
import { labAccount, waitFor } from '../sip/engine/sip-phone-test-kit';
import { createCallService, type CallService } from './call-service';
import { createEventBus } from './event-bus';
import { createLineService, type LineService } from './line-service';
import { createRegistrationStatus } from './registration-status';

describe('call waiting, through the call service', () => {
  let kamailio: LabKamailio;
  let bob: LabBaresip;
  let carol: LabBaresip;
  let line: LineService;
  let calls: CallService;
  const snapshots: CallSnapshot[] = [];

  beforeAll(async () => {
    kamailio = await startKamailio({
      users: [
        { user: 'alice', password: 'alice-secret' },
        { user: 'bob', password: 'bob-secret' },
        { user: 'carol', password: 'carol-secret' },
      ],
    });
    const farEnd = (name: string, frequency: number) =>
      startBaresip({ name, kamailio, user: name, password: `${name}-secret`, transport: 'tcp', tone: { frequency } });
    [bob, carol] = await Promise.all([farEnd('bob', 1000), farEnd('carol', 600)]);
    await Promise.all([bob.waitForRegistered(), carol.waitForRegistered()]);
    const events = createEventBus();
    events.subscribe((event, payload) => {
      if (event === 'calls:state-changed') snapshots.push(payload as CallSnapshot);
    });
    const logger = createMemoryLogger();
    line = createLineService({
      registration: createRegistrationStatus(events, { status: 'no-account' }),
      logger,
      startPhone: startSipPhone,
      createMedia: (options) => createMediaSession(options, logger),
      onIncomingCall: (call) => calls.incoming(call),
    });
    calls = createCallService({
      line,
      events,
      logger,
      startSoundTest: () => Promise.reject(new Error('not used here')),
    });
    await line.use(
      labAccount({
        user: 'alice',
        password: 'alice-secret',
        domain: kamailio.domain,
        port: kamailio.tcpPort,
        transport: 'tcp',
      }),
    );
  }, 30_000);

  afterAll(async () => {
    await calls.hangUpAll();
    await line.stop();
    await Promise.all([bob.stop(), carol.stop()]);
    await kamailio.stop();
  });

  const latest = (id: string) => [...snapshots].reverse().find((snapshot) => snapshot.id === id);
  const incomingFrom = (user: string) =>
    waitFor(
      () => calls.list().find((call) => call.remoteNumber === user && call.state === 'ringing'),
      10_000,
      `${user}'s call`,
    );

  it('rings a second call during a call; answering it holds the first; declining answers 486', async () => {
    await bob.ctrl.dial(`sip:alice@${kamailio.domain}`);
    const first = await incomingFrom('bob');
    await calls.answer(first.id);
    await waitFor(() => latest(first.id)?.state === 'connected' || undefined, 5000, 'the first call');

    await carol.ctrl.dial(`sip:alice@${kamailio.domain}`);
    const second = await incomingFrom('carol');
    expect(latest(first.id)).toMatchObject({ state: 'connected', onHold: false });
    await calls.answer(second.id);
    await waitFor(() => latest(second.id)?.state === 'connected' || undefined, 5000, 'the second call');
    expect(latest(first.id)).toMatchObject({ state: 'connected', onHold: true });
    await calls.hangUp(second.id);
    await waitFor(() => latest(second.id)?.state === 'ended' || undefined, 5000, 'the second call to end');

    await carol.ctrl.dial(`sip:alice@${kamailio.domain}`);
    const third = await incomingFrom('carol');
    await calls.decline(third.id);
    await waitFor(() => latest(third.id)?.state === 'ended' || undefined, 5000, 'the declined call to end');
    expect(latest(third.id)?.endReason).toBe('declined');
    const closed = await carol.waitForEvent(
      (event) => event.type === 'CALL_CLOSED' && /486|busy/i.test(event.param ?? ''),
      5000,
    );
    expect(closed).toBeDefined();

    await calls.hangUp(first.id);
  }, 40_000);
});
