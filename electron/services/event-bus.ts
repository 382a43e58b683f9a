import type { EventChannel, EventPayload } from '../../shared/contract/event-channels';

export type EventListener = <E extends EventChannel>(event: E, payload: EventPayload<E>) => void;

/** Services publish contract events here; each IPC adapter forwards them to its renderers. */
export interface EventBus {
  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      for (const listener of listeners) listener(event, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
