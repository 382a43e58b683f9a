import type { InvokeChannel, InvokeInput, InvokeOutput } from '../../shared/contract/invoke-channels';
import type { Result } from '../../shared/result';
import { createBackend, type Backend } from '../create-backend';
import { createMemoryLogger, type Logger } from '../logging/logger';
import type { SecretStore } from '../secrets/secret-store';
import type { TwilioEndpoints } from '../twilio/endpoints';
import { fakeLoginItem, repoAssetsDir, sampleAppInfo } from './backend-fixture';

/** A backend as main builds it, talking to Twilio at `endpoints` (the lab's double behind Prism). */
export function backendOnTwilio(
  endpoints: TwilioEndpoints,
  options: { dataDir: string; secrets: SecretStore; logger?: Logger },
): Promise<Backend> {
  return createBackend({
    dataDir: options.dataDir,
    secrets: options.secrets,
    loginItem: fakeLoginItem(),
    logger: options.logger ?? createMemoryLogger(),
    info: sampleAppInfo,
    assetsDir: repoAssetsDir,
    // Nothing listens on port 1: the saved line fails to register, which these tests do not look at.
    twilio: { endpoints, sipProxyOverride: { host: '127.0.0.1:1', trustedCaPem: null } },
  });
}

/** Calls through the backend's contract router, as the renderer does; `backend` is read at each call (restarts). */
export function routerCalls(backend: () => Backend) {
  const call = async <C extends InvokeChannel>(channel: C, payload?: InvokeInput<C>) =>
    (await backend().router.invoke(channel, payload)) as Result<InvokeOutput<C>>;

  /** The answer's value; a refusal fails the test with its code and message. */
  const invoke = async <C extends InvokeChannel>(channel: C, payload?: InvokeInput<C>): Promise<InvokeOutput<C>> => {
    const result = await call(channel, payload);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };

  /** The message of a refusal; an accepted call fails the test. Takes any payload, hostile ones included. */
  const refusal = async (channel: InvokeChannel, payload: unknown): Promise<string> => {
    const result = await backend().router.invoke(channel, payload);
    if (result.ok) throw new Error(`${channel} was expected to be refused, and was accepted`);
    return result.error.message;
  };

  return { call, invoke, refusal };
}
