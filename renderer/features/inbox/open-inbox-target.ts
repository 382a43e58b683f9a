import { assertNever } from '../../../shared/assert-never';
import type { InboxTarget } from '../../../shared/models/inbox';
import { useMessagesStore } from '../../stores/messages/messages.store';
import { useNavigationStore } from '../../stores/navigation/navigation.store';
import { useVoicemailStore } from '../../stores/voicemail/voicemail.store';

/** Shows a voicemail or a conversation: from a notification's click, or a search result. */
export function openInboxTarget(target: InboxTarget): void {
  switch (target.kind) {
    case 'voicemail':
      useVoicemailStore.getState().open(target.id);
      useNavigationStore.getState().navigate('voicemail');
      return;
    case 'conversation':
      useMessagesStore.getState().openConversation(target.remoteNumber);
      useNavigationStore.getState().navigate('messages');
      return;
    default:
      assertNever(target);
  }
}
