import type { CallHandling, ScheduleSpan } from '../../shared/models/call-handling';
import { computerTimeZone, greetingVoices } from '../../shared/models/call-handling-names';
import { greetingAssetPath, type GreetingRecordings } from '../../shared/models/greeting-recording';
import { nothing, numberedVariables, packValues } from './variable-packing';

/**
 * DIALTONE_BLOCKED_1 … _5, always all of them, so a shorter list empties the ones it no longer needs. The
 * most entries the contract allows (blockedCallersLimit, 16 characters at most) fill four.
 */
export const blockedVariableCount = 5;

/** "12345@09:00-17:30;6@10:00-14:00": the form call-rules.private.js reads (at most 14 spans of 20 bytes). */
export function encodeSchedule(spans: readonly ScheduleSpan[]): string {
  if (spans.length === 0) return nothing;
  return spans.map((span) => `${span.days.join('')}@${span.from}-${span.to}`).join(';');
}

/** The asset path of each recorded greeting and menu prompt (the routing's <Play> of it), or none: it is spoken. */
function greetingRecordingVariables(recordings: GreetingRecordings): Record<string, string> {
  const path = (id: string | null) => (id === null ? nothing : greetingAssetPath(id));
  return {
    DIALTONE_RECORDED_VOICEMAIL: path(recordings.voicemail),
    DIALTONE_RECORDED_AFTER_HOURS: path(recordings.afterHours),
    DIALTONE_RECORDED_BUSY: path(recordings.busy),
    DIALTONE_RECORDED_MENU: path(recordings.menu),
  };
}

/** The variables the routing Functions read for the person's call handling (see inbound.protected.js). */
export function callHandlingVariables(handling: CallHandling): Record<string, string> {
  return {
    DIALTONE_DO_NOT_DISTURB: handling.doNotDisturb ? 'on' : 'off',
    DIALTONE_DND_SCHEDULE: encodeSchedule(handling.quietHours),
    DIALTONE_DND_SENDS_TO: handling.doNotDisturbSendsTo,
    DIALTONE_BLOCKED_REJECT: handling.blockedCallersHear,
    DIALTONE_FORWARD_MODE: handling.forwarding.mode,
    DIALTONE_FORWARD_TO: handling.forwarding.numbers.join(',') || nothing,
    DIALTONE_BUSINESS_HOURS: encodeSchedule(handling.businessHours),
    DIALTONE_AFTER_HOURS_SENDS_TO: handling.afterHoursSendsTo,
    DIALTONE_TIME_ZONE: handling.timeZone ?? computerTimeZone(),
    DIALTONE_UNVERIFIED: handling.unverifiedCallers,
    DIALTONE_GREETING_AFTER_HOURS: handling.greetings.afterHours || nothing,
    DIALTONE_GREETING_BUSY: handling.greetings.busy || nothing,
    ...greetingRecordingVariables(handling.greetingRecordings),
    DIALTONE_VOICE: handling.voice,
    DIALTONE_LANGUAGE: greetingVoices.find((voice) => voice.id === handling.voice)?.language ?? nothing,
    DIALTONE_MENU: handling.menu.enabled ? 'on' : 'off',
    DIALTONE_MENU_PROMPT: handling.menu.prompt || nothing,
    DIALTONE_RECORDING: handling.recording.mode,
    DIALTONE_RECORDING_NOTICE: handling.recording.notice ? 'on' : 'off',
    DIALTONE_AUTO_REPLY: handling.autoReply.enabled ? handling.autoReply.text : nothing,
    ...numberedVariables('DIALTONE_BLOCKED', blockedVariableCount, packValues(handling.blockedCallers)),
  };
}
