// The prompt Dialtone shows for the phone menu (shared/models/phone-menu-prompt.ts) is the one the menu Function
// says: its handler run in this process with and without forwarding numbers, and with the person's own prompt.
import { describe, expect, test } from 'vitest';
import { generatedMenuPrompt, phoneMenuChoices, spokenMenuPrompt } from '../../../shared/models/phone-menu-prompt';
import { phoneCall, runInProcess } from './twilio-run-test-kit';

const said = (env: Record<string, string>) => {
  const answer = runInProcess('menu', { DIALTONE_MENU: 'on', ...env }, phoneCall());
  return /<Gather[^>]*><Say>([^<]*)<\/Say><\/Gather>/.exec(answer)?.[1];
};

describe('the phone menu prompt, as Dialtone shows it and as the menu Function says it', () => {
  test.each([
    ['without forwarding numbers', { DIALTONE_FORWARD_TO: 'none' }, false],
    ['with a forwarding number', { DIALTONE_FORWARD_TO: '+447700900999' }, true],
    ['with forwarding numbers', { DIALTONE_FORWARD_TO: '+447700900999,+15125550142' }, true],
    ['with a forwarding value that is no number', { DIALTONE_FORWARD_TO: 'my mobile' }, false],
  ])('agree %s', (_what, env, hasForwardingNumbers) => {
    expect(said(env)).toBe(generatedMenuPrompt(hasForwardingNumbers));
    expect(said({ ...env, DIALTONE_MENU_PROMPT: 'none' })).toBe(spokenMenuPrompt('', hasForwardingNumbers));
  });

  test('the person’s own prompt is said as written', () => {
    const own = 'Thanks for calling. Press 1 for Sam, 2 for a message.';
    expect(said({ DIALTONE_MENU_PROMPT: own })).toBe(spokenMenuPrompt(own, false));
  });

  test('key 3 leads somewhere exactly when Dialtone lists it', () => {
    for (const [forwardTo, hasForwardingNumbers] of [
      ['+447700900999', true],
      ['none', false],
    ] as const) {
      const answer = runInProcess(
        'menu',
        { DIALTONE_MENU: 'on', DIALTONE_FORWARD_TO: forwardTo },
        phoneCall({ Digits: '3' }),
      );
      expect(answer.includes('<Redirect method="POST">/forward</Redirect>')).toBe(hasForwardingNumbers);
      expect(phoneMenuChoices(hasForwardingNumbers).some((choice) => choice.key === '3')).toBe(hasForwardingNumbers);
    }
  });
});
