import type { ProvisionTask } from '../../../shared/models/twilio-setup';
import { provisionTaskIds, type ProvisionTaskId } from '../../../shared/models/twilio-setup-names';

/** The provision step's checklist in words. */
export const taskLabels: Readonly<Record<ProvisionTaskId, string>> = {
  'sip-domain': 'SIP domain',
  'credential-list': 'Credential list',
  credential: "Phone's sign-in",
  'auth-mappings': 'Authentication for calls and registrations',
  routing: 'Call routing (Twilio Functions)',
  'number-routing': 'Number routing',
  'phone-line': 'Phone line in Dialtone',
};

export const taskStatusText: Readonly<Record<ProvisionTask['status'], string>> = {
  pending: 'Not started',
  running: 'Working on it',
  done: 'Done',
  failed: 'Failed',
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
export function provisionAnnouncement(tasks: readonly ProvisionTask[]): string {
  const running = tasks.find((task) => task.status === 'running');
  if (running) return `Setting up: ${taskLabels[running.id]}`;
  const failed = tasks.find((task) => task.status === 'failed');
  if (failed) return `${taskLabels[failed.id]} failed`;
  if (tasks.length > 0 && tasks.every((task) => task.status === 'done')) return 'Everything is set up';
  return '';
}
