import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate-test-kit';
import { provisionTaskIds, type ProvisionTask } from '../../../shared/models/twilio-setup';
import { checklist, provisionAnnouncement, provisionPhase, taskLabels, taskStatusIds } from './provision-text';

const t = translatorFor('en');

const task = (id: ProvisionTask['id'], status: ProvisionTask['status']): ProvisionTask => ({
  id,
  status,
  detail: null,
});

describe('provision text', () => {
  it('names every task of the shared contract, in its order', () => {
    expect(provisionTaskIds.map((id) => taskLabels(t)[id])).toEqual([
      'SIP domain',
      'Credential list',
      "Phone's sign-in",
      'Authentication for calls and registrations',
      'Call routing (Twilio Functions)',
      'Number routing',
      'Phone line in Dialtone',
    ]);
    expect(Object.fromEntries(Object.entries(taskStatusIds).map(([status, id]) => [status, t(id)]))).toEqual({
      pending: 'Not started',
      running: 'Working on it',
      done: 'Done',
      failed: 'Failed',
    });
  });

  it('shows every task pending before the first run, and main tasks after', () => {
    expect(checklist([]).map((item) => item.status)).toEqual(Array(7).fill('pending'));
    const tasks = [task('sip-domain', 'done')];
    expect(checklist(tasks)).toEqual(tasks);
  });

  it('tells where the step stands', () => {
    expect(provisionPhase([], false)).toBe('not-started');
    expect(provisionPhase([], true)).toBe('running');
    expect(provisionPhase([task('sip-domain', 'done'), task('routing', 'running')], false)).toBe('running');
    expect(provisionPhase([task('sip-domain', 'done'), task('routing', 'failed')], false)).toBe('failed');
    expect(provisionPhase([task('sip-domain', 'done')], false, true)).toBe('failed');
    expect(
      provisionPhase(
        provisionTaskIds.map((id) => task(id, 'done')),
        false,
      ),
    ).toBe('done');
  });

  it('announces the task being worked on, a failure, or the end', () => {
    expect(provisionAnnouncement([], t)).toBe('');
    expect(provisionAnnouncement([task('sip-domain', 'done'), task('routing', 'running')], t)).toBe(
      'Setting up: Call routing (Twilio Functions)',
    );
    expect(provisionAnnouncement([task('number-routing', 'failed')], t)).toBe('Number routing failed');
    expect(provisionAnnouncement([task('phone-line', 'done')], t)).toBe('Everything is set up');
  });

  it('names the tasks and announces them in French', () => {
    const fr = translatorFor('fr');
    expect(taskLabels(fr)['sip-domain']).toBe('Domaine SIP');
    expect(provisionAnnouncement([task('routing', 'running')], fr)).toBe(
      'Configuration : Acheminement des appels (Twilio Functions)',
    );
    expect(provisionAnnouncement([task('phone-line', 'done')], fr)).toBe('Tout est configuré');
  });
});
