import { describe, expect, it } from 'vitest';
import * as schemas from '../../../shared/models/call-handling';
import { defaultCallHandling } from '../../../shared/models/call-handling';
import { spokenTextProblem, withSpokenText } from './spoken-text-problem';

describe('the problem with words Twilio says', () => {
  it('is the schema’s message for the field written, and none for plain words', () => {
    expect(spokenTextProblem(schemas, defaultCallHandling, ['greetings', 'afterHours'], 'We are closed.')).toBeNull();
    expect(
      spokenTextProblem(schemas, defaultCallHandling, ['greetings', 'busy'], '<Play>http://evil.example/x.mp3</Play>'),
    ).toBe('Use plain words: no control characters or angle brackets');
    expect(spokenTextProblem(schemas, defaultCallHandling, ['menu', 'prompt'], 'a'.repeat(451))).toMatch(
      /^Shorten the greeting/,
    );
    expect(spokenTextProblem(schemas, defaultCallHandling, ['menu', 'prompt'], 'Press 1.\u0007')).toBe(
      'Use plain words: no control characters or angle brackets',
    );
  });

  it('is none while the schemas load', () => {
    expect(spokenTextProblem(null, defaultCallHandling, ['greetings', 'busy'], '<Hangup/>')).toBeNull();
  });

  it('ignores a problem elsewhere in the call handling', () => {
    const elsewhere = { ...defaultCallHandling, afterHoursSendsTo: 'forwarding' as const };
    expect(schemas.callHandlingSchema.safeParse(elsewhere).success).toBe(false);
    expect(spokenTextProblem(schemas, elsewhere, ['greetings', 'busy'], 'Busy.')).toBeNull();
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
