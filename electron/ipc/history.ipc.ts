import type { CallRecordingService } from '../services/call-recording-service';
import type { HistoryService } from '../services/history-service';
import type { InvokeHandlers } from './contract-router';

type HistoryChannels =
  | 'history:list'
  | 'history:remove'
  | 'history:clear'
  | 'history:mark-seen'
  | 'history:recordings'
  | 'history:recording-audio';

export function historyHandlers(
  history: HistoryService,
  recordings: Pick<CallRecordingService, 'recordingsOf' | 'audioOf'>,
): Pick<InvokeHandlers, HistoryChannels> {
  return {
    'history:recordings': ({ id }) => recordings.recordingsOf(id),
    'history:recording-audio': ({ id, recordingId }) => recordings.audioOf(id, recordingId),
    'history:list': ({ filter, offset, limit }) => history.list(filter, offset, limit),
    'history:remove': ({ id }) => (history.remove(id), null),
    'history:clear': () => (history.clear(), null),
    'history:mark-seen': () => (history.markSeen(), null),
  };
}
