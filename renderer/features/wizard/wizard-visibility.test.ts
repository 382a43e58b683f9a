import { describe, expect, it } from 'vitest';
import { setupState } from '../../stores/setup/setup-fixtures';
import { showsWizard, type WizardVisibilityInput } from './wizard-visibility';

const firstRun: WizardVisibilityInput = {
  presence: 'auto',
  setup: setupState(),
  accountsLoaded: true,
  accountCount: 0,
};

describe('showsWizard', () => {
  it('shows on first run: no phone line, not dismissed', () => {
    expect(showsWizard(firstRun)).toBe(true);
  });

  it('stays closed after "Not now", with a phone line, or before the accounts are known', () => {
    expect(showsWizard({ ...firstRun, setup: setupState({ dismissed: true }) })).toBe(false);
    expect(showsWizard({ ...firstRun, accountCount: 1 })).toBe(false);
    expect(showsWizard({ ...firstRun, accountsLoaded: false })).toBe(false);
  });

  it('stays closed when main did not answer', () => {
    expect(showsWizard({ ...firstRun, setup: null })).toBe(false);
  });

  it('resumes a setup left half-way, even with a phone line', () => {
    for (const step of ['credentials', 'edge', 'number', 'provision'] as const) {
      expect(showsWizard({ ...firstRun, accountCount: 1, setup: setupState({ step }) })).toBe(true);
    }
  });

  it('does not come back once the setup is finished', () => {
    expect(showsWizard({ ...firstRun, setup: setupState({ step: 'finish' }) })).toBe(false);
  });

  it("follows the person's choice this session", () => {
    expect(showsWizard({ ...firstRun, presence: 'closed' })).toBe(false);
    expect(showsWizard({ ...firstRun, presence: 'open', accountCount: 2, setup: setupState({ step: 'finish' }) })).toBe(
      true,
    );
  });
});
