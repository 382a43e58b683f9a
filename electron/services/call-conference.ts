import { words } from '../../shared/text/words';
import type { Logger } from '../logging/logger';
import { conferenceFeed, mixWith, type ConferenceFeed } from '../media/conference-feed';
import { AppFailure } from './app-failure';
import type { Call } from './call';

interface Merged {
  calls: [Call, Call];
  feeds: ConferenceFeed[];
}

/**
 * The 3-way call: two calls merged, mixed here rather than at a conference server, so it works on
 * any SIP line at no extra cost. The person already hears both parties (each call has its own
 * audio in the renderer) and speaks to both (each gets the microphone); what is added is each
 * party's audio to what the other party receives, at the PCM level, after the person's mute.
 */
export function createCallConference(deps: {
  logger: Logger;
  /** Tells the renderer a call's conference changed (its snapshot says which call it is merged with). */
  publish(call: Call): void;
}) {
  const { logger } = deps;
  let merged: Merged | null = null;

  function mergeable(call: Call): asserts call is Call & Required<Pick<Call, 'setConferenceMix'>> {
    if (!call.setConferenceMix) throw new AppFailure('out-of-order', words('calls.mergeSoundTest'));
    if (call.state.state !== 'connected') {
      throw new AppFailure('out-of-order', words('calls.mergeNeedsAnswer'));
    }
  }

  async function portOf(call: Call) {
    const port = await call.audioPort();
    if (!port) throw new AppFailure('out-of-order', words('calls.mergeNoAudio'));
    return port;
  }

  function end(): Call[] {
    if (!merged) return [];
    const { calls, feeds } = merged;
    merged = null;
    for (const call of calls) call.setConferenceMix?.(undefined);
    for (const feed of feeds) feed.stop();
    for (const feed of feeds) logger.info('3-way call mixing', { ...feed.stats() });
    return calls.filter((call) => call.state.state !== 'ended');
  }

  return {
    /** The call merged with this one, if it is in the 3-way call. */
    partnerOf(callId: string): Call | undefined {
      if (!merged) return undefined;
      const [first, second] = merged.calls;
      if (first.id === callId) return second;
      if (second.id === callId) return first;
      return undefined;
    },

    /** Merges two connected calls (either may be held): both come off hold and hear each other. */
    async merge(call: Call, other: Call): Promise<void> {
      if (call.id === other.id) throw new AppFailure('invalid-request', words('calls.mergeSameCall'));
      if (merged) {
        throw new AppFailure('out-of-order', words('calls.mergeAlreadyThreeWay'));
      }
      mergeable(call);
      mergeable(other);
      const ports = [await portOf(call), await portOf(other)] as const;
      for (const leg of [call, other]) if (leg.state.onHold) await leg.setHold(false);
      if (call.state.state === 'ended' || other.state.state === 'ended') {
        throw new AppFailure('call-not-found', words('calls.mergeCallEnded'));
      }
      const feeds = [conferenceFeed(ports[0]), conferenceFeed(ports[1])];
      call.setConferenceMix(mixWith(feeds[1]!));
      other.setConferenceMix(mixWith(feeds[0]!));
      merged = { calls: [call, other], feeds };
      deps.publish(call);
      deps.publish(other);
    },

    /** Takes this call out of the 3-way call to talk on it alone; the other party goes on hold. */
    async split(call: Call): Promise<void> {
      const partner = this.partnerOf(call.id);
      if (!partner) throw new AppFailure('out-of-order', words('calls.splitNotThreeWay'));
      for (const leg of end()) deps.publish(leg);
      if (partner.state.state === 'connected') await partner.setHold(true);
      if (call.state.onHold) await call.setHold(false);
    },

    /** A party hung up, or was hung up on: the other stays as a call of its own. */
    callEnded(callId: string): void {
      if (this.partnerOf(callId)) for (const call of end()) deps.publish(call);
    },
  };
}

export type CallConference = ReturnType<typeof createCallConference>;
