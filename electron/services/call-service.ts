import { soundTestTarget, type CallSnapshot } from '../../shared/models/call';
import { words } from '../../shared/text/words';
import type { Logger } from '../logging/logger';
import { TransferNotPossible } from '../sip/engine/call-transfer';
import { AppFailure } from './app-failure';
import type { Call } from './call';
import { createCallConference } from './call-conference';
import type { EventBus } from './event-bus';
import type { CallRecordingService } from './call-recording-service';
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
  /** Recording at Twilio: on demand, and finding the CallSid of calls recorded; without it none is recorded. */
  recording?: Pick<CallRecordingService, 'stateOf' | 'set' | 'callAnswered' | 'callEnded'>;
}) {
  const { line, events, logger } = deps;
  const calls = new Map<string, Call>();
  const conference = createCallConference({ logger, publish: (call) => publish(call.state) });

  /** A call's snapshot as the renderer sees it: with the call it is merged with, if any, and its recording. */
  const shown = (snapshot: CallSnapshot): CallSnapshot => {
    const call = calls.get(snapshot.id);
    return {
      ...snapshot,
      conferenceWith: conference.partnerOf(snapshot.id)?.id ?? null,
      recording: call && deps.recording ? deps.recording.stateOf(call) : 'unavailable',
    };
  };
  const publish = (snapshot: CallSnapshot) => events.emit('calls:state-changed', shown(snapshot));

  function track(call: Call): void {
    calls.set(call.id, call);
    deps.history?.callStarted(call.state, call.twilioCallSid);
    let answered = false;
    const stop = call.onChange((snapshot) => {
      deps.history?.callChanged(snapshot);
      if (!answered && snapshot.answeredAt !== null) {
        answered = true;
        deps.recording?.callAnswered(call);
      }
      if (snapshot.state === 'ended') {
        conference.callEnded(call.id);
        deps.recording?.callEnded(call.id);
      }
      publish(snapshot);
      if (snapshot.state === 'ended') {
        stop();
        calls.delete(call.id);
      }
    });
    publish(call.state);
  }

  /** The call and, in a 3-way call, its partner: holding or muting one does both. */
  const withPartner = (callId: string): Call[] => {
    const call = find(callId);
    const partner = conference.partnerOf(callId);
    return partner ? [call, partner] : [call];
  };

  function find(callId: string): Call {
    const call = calls.get(callId);
    if (!call) throw new AppFailure('call-not-found', words('calls.callEnded'));
    return call;
  }

  /** A transfer that cannot start is the person's to fix (the message says how), not an internal error. */
  async function whenTransferPossible(start: () => Promise<void>): Promise<void> {
    try {
      await start();
    } catch (error) {
      if (error instanceof TransferNotPossible) throw new AppFailure('out-of-order', error.words);
      throw error;
    }
  }

  /** Holding one party of a 3-way call for the REFER would leave the other talking to no one. */
  function refuseInConference(callId: string): void {
    if (conference.partnerOf(callId)) {
      throw new TransferNotPossible(words('calls.transferSplitFirst'));
    }
  }

  const others = (callId: string) => [...calls.values()].filter((call) => call.id !== callId);

  return {
    list: (): CallSnapshot[] => [...calls.values()].map((call) => shown(call.state)),
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
    async setHold(callId: string, hold: boolean): Promise<void> {
      for (const call of withPartner(callId)) await call.setHold(hold);
    },
    setMuted(callId: string, muted: boolean): void {
      for (const call of withPartner(callId)) call.setMuted(muted);
    },
    /** 3-way call: the two calls hear each other and the person; both come off hold. */
    async merge(callId: string, otherCallId: string): Promise<void> {
      await conference.merge(find(callId), find(otherCallId));
    },
    /** Back to two calls: this one stays, the other goes on hold. */
    async split(callId: string): Promise<void> {
      await conference.split(find(callId));
    },
    sendDtmf: (callId: string, digits: string): Promise<void> => find(callId).sendDtmf(digits),
    /** Starts or stops recording at Twilio; the Record button follows through calls:state-changed. */
    async setRecording(callId: string, on: boolean): Promise<void> {
      const call = find(callId);
      if (!deps.recording) throw new AppFailure('unsupported', words('calls.recordingNotHere'));
      await deps.recording.set(call, on, () => publish(call.state));
    },
    /** Blind transfer (REFER); resolves once the call is transferred or back, its snapshot saying which. */
    transfer: (callId: string, target: string): Promise<void> =>
      whenTransferPossible(() => {
        const call = find(callId);
        refuseInConference(callId);
        if (!call.transfer) throw new TransferNotPossible(words('calls.transferSoundTest'));
        return call.transfer(target);
      }),
    /** Attended transfer: the held call goes to the person on the consultation call, both leave Dialtone. */
    completeTransfer: (callId: string, consultationCallId: string): Promise<void> =>
      whenTransferPossible(() => {
        const call = find(callId);
        refuseInConference(callId);
        refuseInConference(consultationCallId);
        if (!call.transferReplacing) throw new TransferNotPossible(words('calls.transferSoundTest'));
        return call.transferReplacing(find(consultationCallId));
      }),
    async hangUpAll(): Promise<void> {
      await Promise.all([...calls.values()].map((call) => call.hangUp().catch(() => undefined)));
    },
  };
}

export type CallService = ReturnType<typeof createCallService>;
