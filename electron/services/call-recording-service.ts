import type { CallRecordingState } from '../../shared/models/call';
import type { RecordingMode } from '../../shared/models/call-handling-names';
import type { CallRecording } from '../../shared/models/call-recording';
import type { InboxMedia } from '../../shared/models/inbox';
import { words } from '../../shared/text/words';
import type { Logger } from '../logging/logger';
import { AppFailure } from './app-failure';
import type { Call } from './call';
import type { InboxLine, InboxLineSource } from './inbox/inbox-line';
import { askTwilio } from './inbox/twilio-failure';

export interface CallRecordingDeps {
  /** The Twilio phone line's REST access; null when no Twilio line is set up. */
  line: InboxLineSource;
  /** The Twilio line's recording choice when it is the line carrying calls now; null on any other line. */
  recordingMode(): RecordingMode | null;
  /** sip:user@domain, the address Dialtone calls from on the Twilio line; null when unknown. */
  callerAddress(): Promise<string | null>;
  /** Keeps the CallSid found for an outgoing call on its history row, where its recordings are looked up. */
  rememberCallSid(callId: string, callSid: string): void;
  /** The CallSid at Twilio of a history row's call, when main knows it. */
  callSidOfHistoryRow(id: string): string | null;
  logger: Logger;
}

interface Recorded {
  state: Exclude<CallRecordingState, 'unavailable'>;
  callSid: string | null;
  recordingSid: string | null;
}

/** A history row asks again for recordings Twilio did not have yet (still processing) after this long. */
const emptyAnswerKeptMs = 15_000;

const notAvailable = words('calls.recordingNeedsOnDemand');
const notAnswered = words('calls.recordingNeedsAnswer');

/**
 * Records calls on demand through Twilio's REST API (the call's Recordings), and finds the recordings of a
 * history row's call. An incoming call's CallSid comes from the ring (X-Dialtone-Call-Sid); an outgoing
 * one is looked up at Twilio the first time it is needed (callSidOf): on Record, or once answered on the
 * Twilio line, so its history row finds the recording <Dial record> made and what the call cost.
 */
export function createCallRecordingService(deps: CallRecordingDeps) {
  const { logger } = deps;
  const byCall = new Map<string, Recorded>();
  const answers = new Map<string, { at: number; recordings: CallRecording[] }>();
  // A page of history asks for many rows at once: one request per call, however often it is asked.
  const asking = new Map<string, Promise<CallRecording[]>>();

  async function lineOrRefuse(): Promise<InboxLine> {
    const line = await askTwilio(() => deps.line());
    if (!line) throw new AppFailure('no-line', notAvailable);
    return line;
  }

  /**
   * Twilio does not document a header with the CallSid on its answers to a SIP client's INVITE (only on the
   * INVITEs it sends, which the inbound Function's X-Dialtone-Call-Sid already covers), so an outgoing call is
   * found in Twilio's list of calls: in progress, from Dialtone's SIP address, started nearest to when Dialtone
   * placed it, and not already another call of Dialtone's.
   */
  async function callSidOf(call: Call, recorded: Recorded, line: InboxLine): Promise<string> {
    recorded.callSid ??= call.twilioCallSid;
    if (recorded.callSid) return recorded.callSid;
    const from = await deps.callerAddress();
    const taken = new Set([...byCall.values()].flatMap((other) => (other.callSid ? [other.callSid] : [])));
    const found = from && (await askTwilio(() => line.api.callInProgressFrom(from, call.state.startedAt, taken)));
    if (!found) {
      throw new AppFailure('not-found', words('calls.recordingCallNotListed'));
    }
    recorded.callSid = found;
    deps.rememberCallSid(call.id, found);
    return found;
  }

  async function start(call: Call, recorded: Recorded, changed: () => void): Promise<void> {
    recorded.state = 'starting';
    changed();
    try {
      const line = await lineOrRefuse();
      const callSid = await callSidOf(call, recorded, line);
      recorded.recordingSid = await askTwilio(() => line.api.startCallRecording(callSid));
      recorded.state = 'on';
      logger.info('Call recording started', { callId: call.id });
    } catch (error) {
      recorded.state = 'off';
      throw error;
    } finally {
      changed();
    }
  }

  async function stop(call: Call, recorded: Recorded, changed: () => void): Promise<void> {
    const { callSid, recordingSid } = recorded;
    if (!callSid || !recordingSid) return;
    recorded.state = 'stopping';
    changed();
    try {
      const line = await lineOrRefuse();
      await askTwilio(() => line.api.stopCallRecording(callSid, recordingSid));
      recorded.state = 'off';
      recorded.recordingSid = null;
      answers.delete(callSid);
      logger.info('Call recording stopped', { callId: call.id });
    } catch (error) {
      recorded.state = 'on';
      throw error;
    } finally {
      changed();
    }
  }

  async function askFor(callSid: string): Promise<CallRecording[]> {
    const line = await askTwilio(() => deps.line());
    if (!line) return [];
    const listed = await askTwilio(() => line.api.recordingsOfCall(callSid));
    const recordings = listed.map(({ sid, createdAt, durationSeconds }) => ({ id: sid, createdAt, durationSeconds }));
    answers.set(callSid, { at: Date.now(), recordings });
    return recordings;
  }

  return {
    /** What the call's Record button shows. */
    stateOf(call: Call): CallRecordingState {
      const recorded = byCall.get(call.id);
      if (recorded && recorded.state !== 'off') return recorded.state;
      const recordable =
        call.state.soundTest === null && call.state.state !== 'ended' && deps.recordingMode() === 'on-demand';
      return recordable ? 'off' : 'unavailable';
    },
    /** Starts (on) or stops recording; `changed` publishes the call's new state. Resolves once Twilio answered. */
    async set(call: Call, on: boolean, changed: () => void): Promise<void> {
      const recorded = byCall.get(call.id) ?? { state: 'off', callSid: null, recordingSid: null };
      if (on && recorded.state !== 'off') return;
      if (!on && recorded.state !== 'on') return;
      if (on && this.stateOf(call) === 'unavailable') throw new AppFailure('unsupported', notAvailable);
      if (call.state.state !== 'connected') throw new AppFailure('out-of-order', notAnswered);
      byCall.set(call.id, recorded);
      await (on ? start(call, recorded, changed) : stop(call, recorded, changed));
    },
    /** An outgoing call on the Twilio line: its CallSid is found now, for its history row's recordings and price. */
    callAnswered(call: Call): void {
      if (deps.recordingMode() === null || call.twilioCallSid || call.state.soundTest !== null) return;
      const recorded: Recorded = byCall.get(call.id) ?? { state: 'off', callSid: null, recordingSid: null };
      byCall.set(call.id, recorded);
      lineOrRefuse()
        .then((line) => callSidOf(call, recorded, line))
        .catch((error: unknown) =>
          logger.warn('The call was not found at Twilio: its history row shows no recording or price', {
            callId: call.id,
            error: error instanceof Error ? error.message : String(error),
          }),
        );
    },
    /** Twilio ends a recording with its call; the history row finds it from then on. */
    callEnded(callId: string): void {
      const callSid = byCall.get(callId)?.callSid;
      if (callSid) answers.delete(callSid);
      byCall.delete(callId);
    },
    /** The finished recordings of a history row's call, oldest first; none when Twilio does not know the call. */
    async recordingsOf(historyId: string): Promise<CallRecording[]> {
      const callSid = deps.callSidOfHistoryRow(historyId);
      if (!callSid) return [];
      const kept = answers.get(callSid);
      if (kept && (kept.recordings.length > 0 || Date.now() - kept.at < emptyAnswerKeptMs)) return kept.recordings;
      const pending = asking.get(callSid) ?? askFor(callSid);
      asking.set(callSid, pending);
      return pending.finally(() => asking.delete(callSid));
    },
    /** One of those recordings' audio, downloaded from Twilio. */
    async audioOf(historyId: string, recordingId: string): Promise<InboxMedia> {
      const gone = new AppFailure('not-found', words('calls.recordingGone'));
      if (!(await this.recordingsOf(historyId)).some((recording) => recording.id === recordingId)) throw gone;
      const line = await lineOrRefuse();
      const audio = await askTwilio(() => line.api.recordingAudio(recordingId));
      if (!audio) throw gone;
      return { contentType: audio.contentType, base64: audio.bytes.toString('base64') };
    },
  };
}

export type CallRecordingService = ReturnType<typeof createCallRecordingService>;
