import type { DialtoneApi, InvokeArgs } from '../../shared/contract/dialtone-api';
import type { EventChannel, EventPayload } from '../../shared/contract/event-channels';
import type { InvokeChannel, InvokeOutput } from '../../shared/contract/invoke-channels';
import type { AppError, Result } from '../../shared/result';
import { translate } from '../i18n/translate';
import { inPersonsLanguage } from '../i18n/words-text';

declare global {
  interface Window {
    /** Exposed by the preload (desktop) or the browser shell; absent when neither is running. */
    dialtone?: DialtoneApi;
  }
}

// Built here rather than with err() from shared/result, which would pull zod into the bundle.
const failed = (error: AppError) => ({ ok: false, error }) as const;
const unreachable = () => failed({ code: 'internal', message: translate('common.backendUnreachable') });

function api(): DialtoneApi | undefined {
  return typeof window === 'undefined' ? undefined : window.dialtone;
}

export function hasBridge(): boolean {
  return api() !== undefined;
}

/** Calls the main process; never rejects, every failure comes back as an error Result in the person's language. */
export async function invoke<C extends InvokeChannel>(
  channel: C,
  ...args: InvokeArgs<C>
): Promise<Result<InvokeOutput<C>>> {
  const bridge = api();
  if (!bridge) return unreachable();
  try {
    const result = await bridge.invoke(channel, ...args);
    return result.ok ? result : failed(inPersonsLanguage(result.error));
  } catch {
    return unreachable();
  }
}

/** Listens to one main-process event; returns a function that stops. Without a backend there is nothing to hear. */
export function onEvent<E extends EventChannel>(event: E, handler: (payload: EventPayload<E>) => void): () => void {
  const bridge = api();
  if (!bridge) return () => undefined;
  return bridge.on(event, handler);
}
