import type { HistoryService } from '../services/history-service';
import type { InvokeHandlers } from './contract-router';

type HistoryChannels = 'history:list' | 'history:remove' | 'history:clear' | 'history:mark-seen';

export function historyHandlers(history: HistoryService): Pick<InvokeHandlers, HistoryChannels> {
  return {
    'history:list': ({ filter, offset, limit }) => history.list(filter, offset, limit),
    'history:remove': ({ id }) => (history.remove(id), null),
    'history:clear': () => (history.clear(), null),
    'history:mark-seen': () => (history.markSeen(), null),
  };
}
