import { inEnglish, type Words } from '../../shared/text/words';
import type { ProvisioningApi } from './provisioning-api';
import { toTwilioProblem } from './twilio-problem';

/** One task of a provisioning run as the person sees it: running, then done or failed, with a short detail. */
export interface TaskProgress<Id extends string> {
  id: Id;
  status: 'running' | 'done' | 'failed';
  /** What was found or made (done), or what went wrong (failed); null while running. */
  detail: string | null;
}

/** A task whose detail is also in Dialtone's words, which the renderer translates (absent: names, Twilio's words). */
export interface WordedTaskProgress<Id extends string> extends TaskProgress<Id> {
  detailWords?: Words;
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
  return runTask(
    api,
    id,
    report,
    work,
    (value) => ({ detail: detail(value).slice(0, detailLimit) }),
    () => ({}),
  );
}

/** reportedTask for a task that says its detail in words: what it made, or Dialtone's words for its failure. */
export async function reportedTaskInWords<Id extends string, T>(
  api: Pick<ProvisioningApi, 'step' | 'logger'>,
  id: Id,
  report: (progress: WordedTaskProgress<Id>) => void,
  work: () => Promise<T>,
  detail: (value: T) => Words | string,
): Promise<T> {
  const said = (value: T) => {
    const given = detail(value);
    return typeof given === 'string'
      ? { detail: given.slice(0, detailLimit) }
      : { detail: inEnglish(given).slice(0, detailLimit), detailWords: given };
  };
  const failureWords = (error: unknown) => {
    const words = toTwilioProblem(error).messageWords;
    return words ? { detailWords: words } : {};
  };
  return runTask(api, id, report, work, said, failureWords);
}

async function runTask<Id extends string, T>(
  api: Pick<ProvisioningApi, 'step' | 'logger'>,
  id: Id,
  report: (progress: WordedTaskProgress<Id>) => void,
  work: () => Promise<T>,
  done: (value: T) => { detail: string; detailWords?: Words },
  failed: (error: unknown) => { detailWords?: Words },
): Promise<T> {
  report({ id, status: 'running', detail: null });
  try {
    const value = await api.step(id, work);
    report({ id, status: 'done', ...done(value) });
    api.logger.info('provision task done', { task: id });
    return value;
  } catch (error) {
    report({ id, status: 'failed', detail: toTwilioProblem(error).message.slice(0, detailLimit), ...failed(error) });
    throw error;
  }
}
