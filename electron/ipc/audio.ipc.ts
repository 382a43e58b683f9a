import type { AudioService } from '../services/audio-service';
import type { InvokeHandlers } from './contract-router';

type AudioChannels = 'audio:connect' | 'audio:disconnect';

export function audioHandlers(audio: AudioService): Pick<InvokeHandlers, AudioChannels> {
  return {
    'audio:connect': ({ callId, offerSdp }) => audio.connect(callId, offerSdp),
    'audio:disconnect': async ({ callId }) => (await audio.disconnect(callId), null),
  };
}
