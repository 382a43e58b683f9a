import type { CallSnapshot } from '../../shared/models/call';
import type { AppLanguage } from '../../shared/models/language';
import { incomingCallWords } from './shell-text/incoming-call-words';

/**
 * The system notification's words for a ringing call: the number under a name, else (without
 * notification buttons, all but macOS) that a click answers in Dialtone; then whether the number is verified.
 */
export function incomingCallText(
  language: AppLanguage,
  call: CallSnapshot,
  withButtons: boolean,
): { title: string; body: string } {
  const words = incomingCallWords(language);
  const detail = call.remoteName ? call.remoteNumber : withButtons ? null : words.clickToAnswer;
  const lines = [detail, call.callerVerified ? words.verified : null];
  return {
    title: words.title(call.remoteName ?? call.remoteNumber),
    body: lines.filter((line) => line !== null).join('\n'),
  };
}
