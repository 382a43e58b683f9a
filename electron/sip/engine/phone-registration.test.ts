import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RegistrationState } from '../../../shared/models/registration';
import { createMemoryLogger } from '../../logging/logger';
import { createEventBus } from '../../services/event-bus';
import { createLineService } from '../../services/line-service';
import { createRegistrationStatus } from '../../services/registration-status';
import { memorySipLink } from '../transport/memory-transport-test-kit';
import { farEnd, isRequest, type FarEnd } from './far-end-test-kit';
import { memoryAccount, startingMemoryPhone, useFakeClock } from './memory-phone-test-kit';
import { registerExpiresSeconds } from './phone-registration';
import type { PhoneRegistration } from './registration-outcome';
import { startSipPhone, type SipPhone } from './sip-phone';
import { uriOf, type SipText } from './sip-text-test-kit';

/** Fails with a plain message instead of hanging when the phone's start never settles. */
function settled<T>(promise: Promise<T>, what: string, ms = 3000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const okWithOwnBinding = (far: FarEnd, register: SipText) =>
  far.reply(register, 200, 'OK', { headers: [`Contact: ${register.header('contact')}`] });

const expiresAsked = (register: SipText) => Number(/;expires=(\d+)/.exec(register.header('contact') ?? '')?.[1]);

describe('registration', () => {
  let phone: SipPhone | undefined;
  let lab: ReturnType<typeof startingMemoryPhone>;
  const start = () => (lab = startingMemoryPhone());
  afterEach(async () => {
    vi.useRealTimers();
    if (!phone) return;
    const stopping = phone.stop();
    if (lab.registrations.at(-1)?.status === 'registered') {
      lab.far.reply(await lab.far.next(isRequest('REGISTER'), 'the un-REGISTER'), 200, 'OK');
    }
    await stopping;
    phone = undefined;
  });

  it('asks for the 600 s Twilio documents as its fastest refresh', async () => {
    start();
    const register = await lab.far.next(isRequest('REGISTER'));
    expect(registerExpiresSeconds).toBe(600);
    expect(expiresAsked(register)).toBe(600);
    okWithOwnBinding(lab.far, register);
    phone = await settled(lab.started, 'the phone start');
    expect(phone.initial).toEqual({ status: 'registered', expiresInSeconds: 600 });
  });

  it('settles registered when sip.js asks again after a 423 with the Min-Expires', async () => {
    start();
    const first = await lab.far.next(isRequest('REGISTER'));
    lab.far.reply(first, 423, 'Interval Too Brief', { headers: ['Min-Expires: 1200'] });
    const second = await lab.far.next(isRequest('REGISTER'), 'the REGISTER asked again');
    expect(expiresAsked(second)).toBe(1200);
    okWithOwnBinding(lab.far, second);
    phone = await settled(lab.started, 'the phone start');
    expect(phone.initial).toEqual({ status: 'registered', expiresInSeconds: 1200 });
    expect(lab.registrations.map((state) => state.status)).toEqual(['registering', 'registered']);
  });

  it('settles failed when the REGISTER asked again is refused', async () => {
    start();
    lab.far.reply(await lab.far.next(isRequest('REGISTER')), 423, 'Interval Too Brief', {
      headers: ['Min-Expires: 1200'],
    });
    lab.far.reply(await lab.far.next(isRequest('REGISTER')), 403, 'Forbidden');
    phone = await settled(lab.started, 'the phone start');
    expect(phone.initial).toMatchObject({ status: 'failed', reason: 'bad-credentials' });
  });

  it('settles as a server error on a 423 without Min-Expires, which sip.js does not retry', async () => {
    start();
    lab.far.reply(await lab.far.next(isRequest('REGISTER')), 423, 'Interval Too Brief');
    phone = await settled(lab.started, 'the phone start');
    expect(phone.initial).toMatchObject({ status: 'failed', reason: 'server-error' });
    expect(phone.initial.status === 'failed' && phone.initial.message).toMatch(/423 Interval Too Brief/);
  });

  it('the line service leaves "registering" after a 423 retry', async () => {
    const link = memorySipLink();
    const far = farEnd(link.wire);
    const events = createEventBus();
    const states: RegistrationState[] = [];
    events.subscribe((event, payload) => {
      if (event === 'registration:state-changed') states.push(payload as RegistrationState);
    });
    const line = createLineService({
      registration: createRegistrationStatus(events, { status: 'no-account' }),
      logger: createMemoryLogger(),
      startPhone: (deps) => startSipPhone({ ...deps, transportConstructor: link.transportConstructor }),
      createMedia: () => Promise.reject(new Error('no calls in this test')),
      onIncomingCall: () => undefined,
    });
    const using = line.use(memoryAccount);
    far.reply(await far.next(isRequest('REGISTER')), 423, 'Interval Too Brief', { headers: ['Min-Expires: 900'] });
    okWithOwnBinding(far, await far.next(isRequest('REGISTER')));
    await settled(using, 'line.use()');
    expect(states.at(-1)).toEqual({ status: 'registered', accountId: memoryAccount.id, expiresInSeconds: 900 });
    const stopping = line.stop();
    far.reply(await far.next(isRequest('REGISTER'), 'the un-REGISTER'), 200, 'OK');
    await stopping;
  });

  it("reads the expiry of its own binding, not of another device's on the same port", async () => {
    start();
    const register = await lab.far.next(isRequest('REGISTER'));
    const ours = uriOf(register.header('contact'));
    const otherDevice = ours.replace('@127.0.0.1:', '@192.0.2.7:');
    lab.far.reply(register, 200, 'OK', {
      headers: [`Contact: <${otherDevice}>;expires=37`, `Contact: <${ours}>;expires=480`, 'Expires: 3600'],
    });
    phone = await settled(lab.started, 'the phone start');
    expect(phone.initial).toEqual({ status: 'registered', expiresInSeconds: 480 });
  });

  it('reports the outcome of the refreshes sip.js sends on its own', async () => {
    useFakeClock();
    start();
    okWithOwnBinding(lab.far, await lab.far.next(isRequest('REGISTER')));
    phone = await lab.started;
    await vi.advanceTimersByTimeAsync(595_000); // sip.js refreshes at 99% of the 600 s
    const refresh = await lab.far.next(isRequest('REGISTER'), 'the refresh');
    lab.far.reply(refresh, 403, 'Forbidden');
    await vi.advanceTimersByTimeAsync(0);
    expect(lab.registrations.at(-1)).toMatchObject<Partial<PhoneRegistration>>({ status: 'failed' });
  });
});
