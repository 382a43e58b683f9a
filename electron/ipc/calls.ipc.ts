import type { CallService } from '../services/call-service';
import { callQuality, unknownQuality } from '../services/call-quality';
import type { InvokeHandlers } from './contract-router';

type CallChannels =
  | 'calls:list'
  | 'calls:dial'
  | 'calls:answer'
  | 'calls:decline'
  | 'calls:hang-up'
  | 'calls:set-hold'
  | 'calls:set-mute'
  | 'calls:send-dtmf'
  | 'calls:get-quality'
  | 'calls:transfer'
  | 'calls:complete-transfer'
  | 'calls:merge'
  | 'calls:split'
  | 'calls:set-recording';

export function callHandlers(calls: CallService): Pick<InvokeHandlers, CallChannels> {
  return {
    'calls:list': () => calls.list(),
    'calls:dial': ({ target }) => calls.dial(target),
    'calls:answer': async ({ callId }) => (await calls.answer(callId), null),
    'calls:decline': async ({ callId }) => (await calls.decline(callId), null),
    'calls:hang-up': async ({ callId }) => (await calls.hangUp(callId), null),
    'calls:set-hold': async ({ callId, hold }) => (await calls.setHold(callId, hold), null),
    'calls:set-mute': ({ callId, muted }) => (calls.setMuted(callId, muted), null),
    'calls:send-dtmf': async ({ callId, digits }) => (await calls.sendDtmf(callId, digits), null),
    'calls:transfer': async ({ callId, target }) => (await calls.transfer(callId, target), null),
    'calls:complete-transfer': async ({ callId, consultationCallId }) => (
      await calls.completeTransfer(callId, consultationCallId),
      null
    ),
    'calls:merge': async ({ callId, otherCallId }) => (await calls.merge(callId, otherCallId), null),
    'calls:split': async ({ callId }) => (await calls.split(callId), null),
    'calls:set-recording': async ({ callId, on }) => (await calls.setRecording(callId, on), null),
    'calls:get-quality': async ({ callId }) => {
      const media = await calls.get(callId).media();
      return media ? callQuality(media.stats()) : unknownQuality;
    },
  };
}
