import type { GreetingRecordingStore } from '../services/setup/greeting-recordings';
import type { InvokeHandlers } from './contract-router';

type GreetingChannels = 'greetings:store-recording' | 'greetings:get-recording';

export function greetingHandlers(recordings: GreetingRecordingStore): Pick<InvokeHandlers, GreetingChannels> {
  return {
    'greetings:store-recording': ({ content }) => recordings.store(content),
    'greetings:get-recording': ({ id }) => recordings.read(id),
  };
}
