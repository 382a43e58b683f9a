import type { Result } from '../result';
import type { EventChannel, EventPayload } from './event-channels';
import type { InvokeChannel, InvokeInput, InvokeOutput } from './invoke-channels';

export type InvokeArgs<C extends InvokeChannel> =
  undefined extends InvokeInput<C> ? [payload?: InvokeInput<C>] : [payload: InvokeInput<C>];

/** What the preload (or the browser shell's stand-in) exposes as window.dialtone, and nothing more. */
export interface DialtoneApi {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<Result<InvokeOutput<C>>>;
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export const dialtoneApiKeys = ['invoke', 'on'] as const satisfies readonly (keyof DialtoneApi)[];
