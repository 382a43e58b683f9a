import { assertNever } from '../../../shared/assert-never';
import type { InboxTarget } from '../../../shared/models/inbox';
import { useNavigationStore } from '../../stores/navigation/navigation.store';
import { useVoicemailStore } from '../../stores/voicemail/voicemail.store';
import { startConversation } from '../messages/start-conversation';

/** Shows a voicemail or a conversation: from a notification's click, or a search result. */
export function openInboxTarget(target: InboxTarget): void {
  switch (target.kind) {
    case 'voicemail':
      useVoicemailStore.getState().open(target.id);
      useNavigationStore.getState().navigate('voicemail');
      return;
    case 'conversation':
      return startConversation(target.remoteNumber);
    default:
      assertNever(target);
  }
}
