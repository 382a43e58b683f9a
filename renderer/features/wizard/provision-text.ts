import type { ProvisionTask } from '../../../shared/models/twilio-setup';
import { provisionTaskIds, type ProvisionTaskId } from '../../../shared/models/twilio-setup-names';
import type { MessageId } from '../../i18n/locale-messages';
import type { Translate } from '../../i18n/message-values';

const taskLabelIds: Readonly<Record<ProvisionTaskId, MessageId>> = {
  'sip-domain': 'wizard.taskSipDomain',
  'credential-list': 'wizard.taskCredentialList',
  credential: 'wizard.taskCredential',
  'auth-mappings': 'wizard.taskAuthMappings',
  routing: 'wizard.taskRouting',
  'number-routing': 'wizard.taskNumberRouting',
  'phone-line': 'wizard.taskPhoneLine',
};

/** The provision step's checklist in words. */
export function taskLabels(t: Translate): Record<ProvisionTaskId, string> {
  return Object.fromEntries(provisionTaskIds.map((id) => [id, t(taskLabelIds[id])])) as Record<ProvisionTaskId, string>;
}

export const taskStatusIds: Readonly<Record<ProvisionTask['status'], MessageId>> = {
  pending: 'wizard.taskPending',
  running: 'wizard.taskRunning',
  done: 'wizard.taskDone',
  failed: 'wizard.taskFailed',
};

/** Main's tasks, or every task pending before the first run. */
export function checklist(tasks: readonly ProvisionTask[]): ProvisionTask[] {
  if (tasks.length > 0) return [...tasks];
  return provisionTaskIds.map((id) => ({ id, status: 'pending', detail: null }));
}

export type ProvisionPhase = 'not-started' | 'running' | 'failed' | 'done';

/** Where the provision step stands, from its tasks (busy: main is working; problem: the last run failed). */
export function provisionPhase(tasks: readonly ProvisionTask[], busy: boolean, problem = false): ProvisionPhase {
  if (busy || tasks.some((task) => task.status === 'running')) return 'running';
  if (problem || tasks.some((task) => task.status === 'failed')) return 'failed';
  if (tasks.length > 0 && tasks.every((task) => task.status === 'done')) return 'done';
  return 'not-started';
}

/** What a screen reader hears as the work moves on: "Setting up: SIP domain". */
export function provisionAnnouncement(tasks: readonly ProvisionTask[], t: Translate): string {
  const running = tasks.find((task) => task.status === 'running');
  if (running) return t('wizard.provisionAnnounceRunning', { task: t(taskLabelIds[running.id]) });
  const failed = tasks.find((task) => task.status === 'failed');
  if (failed) return t('wizard.provisionAnnounceFailed', { task: t(taskLabelIds[failed.id]) });
  if (tasks.length > 0 && tasks.every((task) => task.status === 'done')) return t('wizard.provisionAnnounceDone');
  return '';
}
