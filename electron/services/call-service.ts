import { soundTestTarget, type CallSnapshot } from '../../shared/models/call';
import type { Logger } from '../logging/logger';
import { AppFailure } from './app-failure';
import type { Call } from './call';
import type { EventBus } from './event-bus';
import type { CallHistoryRecorder } from './history-service';
import type { LineService } from './line-service';

/**
 * The calls of the running phone line: places them, takes incoming ones (with call waiting), and
 * publishes every change as 'calls:state-changed'.
 */
export function createCallService(deps: {
  line: LineService;
  events: EventBus;
  logger: Logger;
  startSoundTest(): Promise<Call>;
  /** Told of every call's start and changes, so the history has a row from the first moment. */
  history?: CallHistoryRecorder;
  /** The contact name for a caller, when the number or SIP address is in the contacts. */
  contactNameFor?(call: CallSnapshot): string | null;
}) {
  const { line, events, logger } = deps;
  const calls = new Map<string, Call>();

  function track(call: Call): void {
    calls.set(call.id, call);
    deps.history?.callStarted(call.state);
    const stop = call.onChange((snapshot) => {
      deps.history?.callChanged(snapshot);
      events.emit('calls:state-changed', snapshot);
      if (snapshot.state === 'ended') {
        stop();
        calls.delete(call.id);
      }
    });
    events.emit('calls:state-changed', call.state);
  }

  function find(callId: string): Call {
    const call = calls.get(callId);
    if (!call) throw new AppFailure('call-not-found', 'That call has already ended.');
    return call;
  }

  const others = (callId: string) => [...calls.values()].filter((call) => call.id !== callId);

  return {
    list: (): CallSnapshot[] => [...calls.values()].map((call) => call.state),
    get: find,
    /** Places a call (the sound test needs no line); a connected call goes on hold first. */
    async dial(target: string): Promise<CallSnapshot> {
      if (target === soundTestTarget) {
        const test = await deps.startSoundTest();
        track(test);
        return test.state;
      }
      const call = line.phone().dial(target);
      track(call);
      for (const other of others(call.id)) if (other.state.state === 'connected') await other.setHold(true);
      call.dial().catch((error: unknown) => {
        logger.warn('The call could not be placed', { error: error instanceof Error ? error.message : String(error) });
        void call.hangUp('failed');
      });
      return call.state;
    },
    /** A new incoming call rings, also during another call (call waiting). */
    incoming(call: Call): void {
      const name = deps.contactNameFor?.(call.state);
      if (name) call.setRemoteName(name);
      track(call);
      call.ring().catch(() => undefined);
    },
    /** Answering puts any connected call on hold first. */
    async answer(callId: string): Promise<void> {
      const call = find(callId);
      for (const other of others(callId)) if (other.state.state === 'connected') await other.setHold(true);
      await call.answer();
    },
    decline: (callId: string): Promise<void> => find(callId).decline(others(callId).length > 0 ? 486 : 603),
    hangUp: (callId: string): Promise<void> => find(callId).hangUp(),
    setHold: (callId: string, hold: boolean): Promise<void> => find(callId).setHold(hold),
    setMuted: (callId: string, muted: boolean): void => find(callId).setMuted(muted),
    sendDtmf: (callId: string, digits: string): Promise<void> => find(callId).sendDtmf(digits),
    async hangUpAll(): Promise<void> {
      await Promise.all([...calls.values()].map((call) => call.hangUp().catch(() => undefined)));
    },
  };
}

export type CallService = ReturnType<typeof createCallService>;
