import { describe, expect, it } from 'vitest';
import { hotkeyStates } from '../../../shared/models/hotkey-status';
import { hotkeyProblemText } from './hotkey-status-text';

describe('hotkey status text', () => {
  it('says nothing for a working, unset or unavailable shortcut', () => {
    expect(hotkeyStates.filter((state) => hotkeyProblemText(state) === null)).toEqual(['active', 'off', 'unavailable']);
  });

  it.each(['taken', 'refused'] as const)('says what happened to a %s shortcut and what to do', (state) => {
    expect(hotkeyProblemText(state)).toMatch(/does nothing.*Press another combination\.$/);
  });
});
