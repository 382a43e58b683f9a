import type { ProvisioningApi } from './provisioning-api';
import { toTwilioProblem } from './twilio-problem';

/** One task of a provisioning run as the person sees it: running, then done or failed, with a short detail. */
export interface TaskProgress<Id extends string> {
  id: Id;
  status: 'running' | 'done' | 'failed';
  /** What was found or made (done), or what went wrong (failed); null while running. */
  detail: string | null;
}

const detailLimit = 300;

/** Runs one task through api.step, reporting it running, then done or failed (and rethrowing the failure). */
export async function reportedTask<Id extends string, T>(
  api: Pick<ProvisioningApi, 'step' | 'logger'>,
  id: Id,
  report: (progress: TaskProgress<Id>) => void,
  work: () => Promise<T>,
  detail: (value: T) => string,
): Promise<T> {
  report({ id, status: 'running', detail: null });
  try {
    const value = await api.step(id, work);
    report({ id, status: 'done', detail: detail(value).slice(0, detailLimit) });
    api.logger.info('provision task done', { task: id });
    return value;
  } catch (error) {
    report({ id, status: 'failed', detail: toTwilioProblem(error).message.slice(0, detailLimit) });
    throw error;
  }
}
