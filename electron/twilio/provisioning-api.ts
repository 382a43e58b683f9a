import type { Logger } from '../logging/logger';
import type { TwilioRestClient } from './rest-client';
import type { ServerlessClient } from './serverless-client';
import { redactProblem, toTwilioProblem, TwilioProblemError } from './twilio-problem';

/** What provisioning and removal need from a connection: both Twilio clients and a logger. */
export interface ProvisioningApi {
  readonly rest: TwilioRestClient;
  readonly serverless: ServerlessClient;
  readonly logger: Logger;
  /** Runs one step; any failure comes out as a TwilioProblemError (logged with its code, never a secret). */
  step<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** Wraps work so failures become TwilioProblemErrors with no secret in their words. */
export function createStepRunner(logger: Logger, secrets: readonly string[]) {
  return async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const problem = redactProblem(toTwilioProblem(error), secrets);
      logger.warn('twilio step failed', { step: name, code: problem.code });
      if (error instanceof TwilioProblemError && error.problem === problem) throw error;
      throw new TwilioProblemError(problem, { cause: error });
    }
  };
}
