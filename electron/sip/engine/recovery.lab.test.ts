import { afterEach, describe, expect, it } from 'vitest';
import { startBaresip, type LabBaresip } from '../../../e2e/lab/baresip';
import { startKamailio, type LabKamailio } from '../../../e2e/lab/kamailio';
import { startTcpRelay, type TcpRelay } from '../../../e2e/lab/tcp-relay';
import type { RegistrationState } from '../../../shared/models/registration';
import { createMemoryLogger } from '../../logging/logger';
import { createMediaSession } from '../../media/media-session';
import { createEventBus } from '../../services/event-bus';
import { createLineService, type LineService } from '../../services/line-service';
import { createRegistrationStatus } from '../../services/registration-status';
import type { SipCall } from './sip-call';
import { startSipPhone } from './sip-phone';
import { labAccount, waitFor } from './sip-phone-test-kit';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('recovery', () => {
  let kamailio: LabKamailio | undefined;
  let bob: LabBaresip | undefined;
  let relay: TcpRelay | undefined;
  let line: LineService | undefined;

  afterEach(async () => {
    await line?.stop();
    await bob?.stop();
    await relay?.stop();
    await kamailio?.stop();
  });

  async function startLine(port: number) {
    const events = createEventBus();
    const states: RegistrationState[] = [];
    events.subscribe((event, payload) => {
      if (event === 'registration:state-changed') states.push(payload as RegistrationState);
    });
    const logger = createMemoryLogger();
    line = createLineService({
      registration: createRegistrationStatus(events, { status: 'no-account' }),
      logger,
      startPhone: startSipPhone,
      createMedia: (options) => createMediaSession(options, logger),
      onIncomingCall: () => undefined,
    });
    const account = labAccount({
      user: 'alice',
      password: 'alice-secret',
      domain: kamailio!.domain,
      port,
      transport: 'tcp',
    });
    await line.use(account);
    return { line, states, registered: () => states.at(-1)?.status === 'registered' };
  }

  async function labWithBob() {
    kamailio = await startKamailio({
      users: [
        { user: 'alice', password: 'alice-secret' },
        { user: 'bob', password: 'bob-secret' },
      ],
    });
    bob = await startBaresip({
      name: 'bob',
      kamailio,
      user: 'bob',
      password: 'bob-secret',
      transport: 'tcp',
      tone: { frequency: 1000 },
    });
    await bob.waitForRegistered();
  }

  async function connectedCall(target: LineService): Promise<SipCall> {
    const call = target.phone().dial(bob!.sipUri);
    await call.dial();
    await waitFor(() => call.state.state === 'connected' || undefined, 5000, 'the call to connect');
    return call;
  }

  it('re-registers within 5 s after the registrar restarts, and a new call works', async () => {
    await labWithBob();
    const phone = await startLine(kamailio!.tcpPort);
    expect(phone.registered()).toBe(true);
    await kamailio!.restart();
    const restartedAt = Date.now();
    await waitFor(() => phone.states.at(-1)?.status === 'failed' || undefined, 5000, 'the loss to be noticed');
    await waitFor(phone.registered, 5000, 're-registration');
    expect(Date.now() - restartedAt).toBeLessThan(5000);
    // The restart lost bob's registration too; a fresh far end registers at once.
    await bob!.stop();
    bob = await startBaresip({
      name: 'bob',
      kamailio: kamailio!,
      user: 'bob',
      password: 'bob-secret',
      transport: 'tcp',
      tone: { frequency: 1000 },
    });
    await bob.waitForRegistered();
    const call = await connectedCall(phone.line);
    await call.hangUp();
  }, 30_000);

  it('keeps the audio of a call through a TCP reset, and signalling recovers', async () => {
    await labWithBob();
    relay = await startTcpRelay({ host: '127.0.0.1', port: kamailio!.tcpPort });
    const phone = await startLine(relay.port);
    const call = await connectedCall(phone.line);
    const media = (await call.media())!;
    await pause(500);
    relay.resetAll();
    const receivedAtReset = media.stats().packetsReceived;
    await waitFor(() => phone.states.at(-1)?.status === 'failed' || undefined, 5000, 'the reset to be noticed');
    await waitFor(phone.registered, 5000, 're-registration after the reset');
    await pause(500);
    expect(media.stats().packetsReceived - receivedAtReset).toBeGreaterThan(40);
    expect(call.state.state).toBe('connected');
    const closedBefore = bob!.events().filter((event) => event.type === 'CALL_CLOSED').length;
    await call.hangUp();
    await waitFor(
      () => bob!.events().filter((event) => event.type === 'CALL_CLOSED').length > closedBefore || undefined,
      5000,
      'bob to see our BYE',
    );
  }, 30_000);

  it('hears the far end hang up after a TCP reset: the call told the registrar its new connection', async () => {
    await labWithBob();
    relay = await startTcpRelay({ host: '127.0.0.1', port: kamailio!.tcpPort });
    const phone = await startLine(relay.port);
    const call = await connectedCall(phone.line);
    relay.resetAll();
    await waitFor(() => phone.states.at(-1)?.status === 'failed' || undefined, 5000, 'the reset to be noticed');
    await waitFor(phone.registered, 5000, 're-registration after the reset');
    // Kamailio logs each request it routes: the re-INVITE's ACK is the second ACK of the call.
    const acks = () => kamailio!.logs().match(/REQ ACK .* from 127\.0\.0\.1:\d+\/tcp/g)?.length ?? 0;
    await waitFor(() => acks() >= 2 || undefined, 5000, 'the target-refresh re-INVITE to complete');
    await bob!.ctrl.hangup();
    await waitFor(() => call.state.state === 'ended' || undefined, 5000, "bob's BYE to reach us");
    expect(call.state.endReason).toBe('remote-hung-up');
  }, 30_000);
});
