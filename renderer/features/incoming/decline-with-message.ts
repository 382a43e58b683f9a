import { isCallerNumber } from '../../../shared/models/blocked-callers';
import { useCallsStore } from '../../stores/calls/calls.store';
import { useMessagesStore } from '../../stores/messages/messages.store';
import { startConversation } from '../messages/start-conversation';

/** What a caller can be told by text instead of answering, in the person's words or one of these (in their language). */
export const quickReplies = ['incoming.replyCantTalk', 'incoming.replyInMeeting', 'incoming.replyTextMe'] as const;

/** The caller's number to text, or null when there is none to text (withheld, a SIP address, a word). */
export function textableNumber(remoteNumber: string): string | null {
  const number = remoteNumber.trim();
  return isCallerNumber(number) ? number : null;
}

/**
 * Declines the call, then opens the conversation with the caller in Messages and sends `text` from there,
 * where its delivery (or Twilio's refusal, in words that say what to do) shows as for any message. Without
 * a text, the conversation opens for the person to write their own.
 */
export async function declineWithMessage(callId: string, number: string, text: string | null): Promise<void> {
  await useCallsStore.getState().decline(callId);
  startConversation(number);
  if (text === null) return;
  const messages = useMessagesStore.getState();
  messages.setDraft(text);
  await messages.send();
}
