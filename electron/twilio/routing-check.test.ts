import { describe, expect, it } from 'vitest';
import { defaultCallHandling } from '../../shared/models/call-handling';
import { emptyTeam } from '../../shared/models/team';
import { inEnglish } from '../../shared/text/words';
import { otherSettingsName, routingDifferences, settingNameOf } from './routing-check';
import { choiceVariables } from './routing-deploy';

const choices = {
  voicemailGreeting: 'Leave a message.',
  allowedCountries: ['US'],
  callHandling: defaultCallHandling,
  team: emptyTeam,
};

describe('"Check with Twilio": the settings that differ, by their names', () => {
  it('names every variable the routing choices set as a setting the person knows', () => {
    for (const key of Object.keys(choiceVariables(choices)))
      expect([key, settingNameOf(key)]).not.toContain(otherSettingsName);
  });

  it('finds nothing when Twilio has every variable as saved', () => {
    const expected = choiceVariables(choices);
    expect(routingDifferences(expected, new Map(Object.entries(expected)))).toEqual([]);
  });

  it('lists each differing or missing setting once, in the order of the variables', () => {
    const expected = choiceVariables(choices);
    const atTwilio = new Map(Object.entries(expected));
    atTwilio.set('DIALTONE_FORWARD_MODE', 'always');
    atTwilio.set('DIALTONE_FORWARD_TO', '+15125550142');
    atTwilio.set('DIALTONE_BLOCKED_4', '+1900*');
    atTwilio.delete('VOICEMAIL_GREETING');
    atTwilio.set('SOMETHING_ELSE', 'not Dialtone’s');
    expect(routingDifferences(expected, atTwilio)).toEqual([
      { id: 'setup.settingVoicemailGreeting' },
      { id: 'setup.settingForwarding' },
      { id: 'setup.settingBlocked' },
    ]);
    expect(routingDifferences(expected, atTwilio).map((name) => inEnglish(name))).toEqual([
      'Voicemail greeting',
      'Forwarding',
      'Blocked callers',
    ]);
  });
});
