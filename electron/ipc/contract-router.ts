import {
  invokeChannels,
  type InvokeChannel,
  type InvokeInput,
  type InvokeOutput,
} from '../../shared/contract/invoke-channels';
import { isInvokeChannel } from '../../shared/contract/channel-names';
import { validatePayload } from '../../shared/contract/validate';
import { err, ok, type Result } from '../../shared/result';
import type { Logger } from '../logging/logger';
import { AppFailure } from '../services/app-failure';
import { words } from '../../shared/text/words';

export type InvokeHandlers = {
  [C in InvokeChannel]: (input: InvokeInput<C>) => Promise<InvokeOutput<C>> | InvokeOutput<C>;
};

export interface ContractRouter {
  /** Never throws: a bad channel, a bad payload or a failing service all come back as an error Result. */
  invoke(channel: unknown, payload: unknown): Promise<Result<unknown>>;
}

/**
 * The single entry point both IPC adapters (Electron and the browser shell's WebSocket) call:
 * validates the payload against the shared contract before any service sees it, and checks the
 * service's answer against the contract too, so nothing unexpected (a secret, say) leaves main.
 */
export function createContractRouter(handlers: InvokeHandlers, logger: Logger): ContractRouter {
  async function run<C extends InvokeChannel>(channel: C, payload: unknown): Promise<Result<unknown>> {
    const spec = invokeChannels[channel];
    const input = validatePayload(spec.input, payload, channel);
    if (!input.ok) return input;
    const handler = handlers[channel] as (input: unknown) => unknown;
    const output = spec.output.safeParse(await handler(input.value));
    if (!output.success) {
      logger.error('A service answered outside the contract', { channel });
      return err('internal', words('general.internalError'));
    }
    return ok(output.data);
  }

  return {
    async invoke(channel, payload) {
      if (!isInvokeChannel(channel)) {
        return err('unknown-channel', words('general.unknownRequest'));
      }
      try {
        return await run(channel, payload);
      } catch (error) {
        if (error instanceof AppFailure) return err(error.code, error.words ?? error.message);
        logger.error('A request failed unexpectedly', {
          channel,
          error: error instanceof Error ? error.name : typeof error,
        });
        return err('internal', words('general.internalError'));
      }
    },
  };
}
