import { describe, expect, it } from 'vitest';
import * as schemas from '../../../shared/models/call-handling';
import { defaultCallHandling } from '../../../shared/models/call-handling';
import { twilioVariableByteLimit } from '../../../shared/models/twilio-setup-names';
import { intlFor } from '../../i18n/active-intl';
import { spokenTextProblem, withSpokenText } from './spoken-text-problem';

const en = intlFor('en');

describe('the problem with words Twilio says', () => {
  it('is the schema’s message for the field written, and none for plain words', () => {
    expect(
      spokenTextProblem(schemas, defaultCallHandling, ['greetings', 'afterHours'], 'We are closed.', en),
    ).toBeNull();
    expect(
      spokenTextProblem(
        schemas,
        defaultCallHandling,
        ['greetings', 'busy'],
        '<Play>http://evil.example/x.mp3</Play>',
        en,
      ),
    ).toBe('Use plain words: no control characters or angle brackets');
    expect(spokenTextProblem(schemas, defaultCallHandling, ['menu', 'prompt'], 'a'.repeat(451), en)).toMatch(
      /^Shorten the greeting/,
    );
    expect(spokenTextProblem(schemas, defaultCallHandling, ['menu', 'prompt'], 'Press 1.\u0007', en)).toBe(
      'Use plain words: no control characters or angle brackets',
    );
  });

  it('is in the person’s language, with Twilio’s limit', () => {
    const tooLong = 'a'.repeat(twilioVariableByteLimit + 1);
    expect(spokenTextProblem(schemas, defaultCallHandling, ['menu', 'prompt'], tooLong, intlFor('fr'))).toBe(
      `Raccourcissez l’annonce : Twilio conserve au plus ${twilioVariableByteLimit} caractères (moins avec des accents ou des emoji)`,
    );
    expect(spokenTextProblem(schemas, defaultCallHandling, ['greetings', 'busy'], '<Hangup/>', intlFor('de'))).toBe(
      'Verwenden Sie einfachen Text: keine Steuerzeichen und keine spitzen Klammern',
    );
  });

  it('is none while the schemas load', () => {
    expect(spokenTextProblem(null, defaultCallHandling, ['greetings', 'busy'], '<Hangup/>', en)).toBeNull();
  });

  it('ignores a problem elsewhere in the call handling', () => {
    const elsewhere = { ...defaultCallHandling, afterHoursSendsTo: 'forwarding' as const };
    expect(schemas.callHandlingSchema.safeParse(elsewhere).success).toBe(false);
    expect(spokenTextProblem(schemas, elsewhere, ['greetings', 'busy'], 'Busy.', en)).toBeNull();
  });

  it('changes only the words at the path', () => {
    const handling = { ...defaultCallHandling, greetings: { afterHours: 'Closed.', busy: 'Busy.' } };
    expect(withSpokenText(handling, ['greetings', 'busy'], 'On a call.')).toEqual({
      ...handling,
      greetings: { afterHours: 'Closed.', busy: 'On a call.' },
    });
    expect(withSpokenText(handling, ['menu', 'prompt'], 'Press 1.').menu).toEqual({
      enabled: false,
      prompt: 'Press 1.',
    });
  });
});
