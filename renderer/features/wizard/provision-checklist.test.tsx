import { describe, expect, it } from 'vitest';
import { render } from '../messages/messages-render-test-kit';
import { ProvisionChecklist } from './provision-checklist';

const labels = { credential: 'Phone sign-in', 'sip-domain': 'SIP domain' } as const;
const tasks = [
  {
    id: 'credential',
    status: 'done',
    detail: 'Created +15125550100',
    detailWords: { id: 'setup.taskCreated', values: { name: '+15125550100' } },
  },
  { id: 'sip-domain', status: 'done', detail: 'dialtone-1a2b.sip.twilio.com' },
] as const;

describe('the provisioning checklist', () => {
  it('says what main made in the app’s language, and names as main sent them', () => {
    const english = render(<ProvisionChecklist tasks={tasks} labels={labels} />).text;
    expect(english).toContain('Created +15125550100');
    expect(english).toContain('dialtone-1a2b.sip.twilio.com');
    const german = render(<ProvisionChecklist tasks={tasks} labels={labels} />, 'de').text;
    expect(german).toContain('+15125550100 erstellt');
    expect(german).toContain('dialtone-1a2b.sip.twilio.com');
  });
});
