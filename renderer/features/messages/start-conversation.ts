import { useMessagesStore } from '../../stores/messages/messages.store';
import { useNavigationStore } from '../../stores/navigation/navigation.store';

/** Opens the conversation with this number in Messages (a new one when there is none): "Text" from any view. */
export function startConversation(number: string): void {
  useMessagesStore.getState().openConversation(number);
  useNavigationStore.getState().navigate('messages');
}
