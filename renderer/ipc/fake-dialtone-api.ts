import type { DialtoneApi } from '../../shared/contract/dialtone-api';
import type { EventChannel, EventPayload } from '../../shared/contract/event-channels';
import type { InvokeChannel, InvokeInput, InvokeOutput } from '../../shared/contract/invoke-channels';
import type { Result } from '../../shared/result';

type Handler<C extends InvokeChannel> = (
  payload: InvokeInput<C>,
) => Result<InvokeOutput<C>> | Promise<Result<InvokeOutput<C>>>;

export type FakeHandlers = { [C in InvokeChannel]?: Handler<C> };

export interface FakeDialtoneApi extends DialtoneApi {
  readonly calls: { channel: InvokeChannel; payload: unknown }[];
  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void;
  listenerCount(event: EventChannel): number;
}

/** Test double of window.dialtone: answers from handlers and records every request. */
export function createFakeDialtoneApi(handlers: FakeHandlers): FakeDialtoneApi {
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>();
  const calls: FakeDialtoneApi['calls'] = [];

  const fake = {
    calls,
    async invoke(channel: InvokeChannel, payload?: unknown) {
      calls.push({ channel, payload });
      const handler = handlers[channel] as ((payload: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`The fake has no handler for ${channel}`);
      return handler(payload);
    },
    on(event: EventChannel, listener: (payload: never) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    emit(event: EventChannel, payload: unknown) {
      listeners.get(event)?.forEach((listener) => listener(payload as never));
    },
    listenerCount(event: EventChannel) {
      return listeners.get(event)?.size ?? 0;
    },
  };
  return fake as FakeDialtoneApi;
}

/** Resolves once `resolve` is called: lets a test decide when a request answers. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}
