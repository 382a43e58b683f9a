import { autoReplyTextLimit, scheduleSpansLimit } from '../models/call-handling-names';
import { twilioVariableByteLimit } from '../models/twilio-setup-names';
import { words } from './words';

/*
 * The zod checks whose sentence names a fixed limit. The schemas say them in English (inEnglish), and the
 * renderer finds each back by that English (renderer/i18n/words-text.ts checkText) to show its translation.
 */
export const limitChecks = {
  spokenTextTooLong: words('setup.checkSpokenTextTooLong', { limit: twilioVariableByteLimit }),
  scheduleTooLong: words('setup.checkScheduleTooLong', { limit: scheduleSpansLimit }),
  autoReplyTooLong: words('setup.checkAutoReplyTooLong', { limit: autoReplyTextLimit }),
  autoReplyTooManyBytes: words('setup.checkAutoReplyTooManyBytes', { limit: twilioVariableByteLimit }),
} as const;
