import { useMessagesStore } from '../../stores/messages/messages.store';
import { useNavigationStore } from '../../stores/navigation/navigation.store';

/** Opens the conversation with this number in Messages (a new one when there is none): "Text" from any view. */
export function startConversation(number: string): void {
  useMessagesStore.getState().openConversation(number);
  const navigation = useNavigationStore.getState();
  // From Messages itself (a search result), focus stays where it is rather than going to the heading.
  if (navigation.current !== 'messages') navigation.navigate('messages');
}
