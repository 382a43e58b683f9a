// Which greeting /voicemail says, and in which voice: the after-hours and busy greetings fall back to the
// voicemail greeting; a voice is used only with its language, and only in the forms Twilio knows.
import { describe, expect, test } from 'vitest';
import { runInProcess } from './twilio-run-test-kit';

const greetings = {
  VOICEMAIL_GREETING: 'Hi, this is Sam. Leave a message.',
  DIALTONE_GREETING_AFTER_HOURS: 'The studio is closed. Leave a message and we will call back tomorrow.',
  DIALTONE_GREETING_BUSY: 'Sam is on another call. Leave a message.',
};
const said = (answer: string) => /<Say[^>]*>([^<]*)<\/Say>/.exec(answer)?.[1];
const sayTag = (answer: string) => /<Say[^>]*>/.exec(answer)?.[0];

describe('/voicemail greetings', () => {
  test.each([
    ['after hours', { why: 'after-hours' }, greetings.DIALTONE_GREETING_AFTER_HOURS],
    ['when the person declined the call', { DialCallStatus: 'busy' }, greetings.DIALTONE_GREETING_BUSY],
    ['when nobody answered', { DialCallStatus: 'no-answer' }, greetings.VOICEMAIL_GREETING],
    ['from do not disturb', {}, greetings.VOICEMAIL_GREETING],
  ])('%s', (_when, event, greeting) => {
    expect(said(runInProcess('voicemail', greetings, event))).toBe(greeting);
  });

  test.each([['none'], [''], ['   ']])('an after-hours or busy greeting of %j is the voicemail greeting', (value) => {
    const env = { ...greetings, DIALTONE_GREETING_AFTER_HOURS: value, DIALTONE_GREETING_BUSY: value };
    expect(said(runInProcess('voicemail', env, { why: 'after-hours' }))).toBe(greetings.VOICEMAIL_GREETING);
    expect(said(runInProcess('voicemail', env, { DialCallStatus: 'busy' }))).toBe(greetings.VOICEMAIL_GREETING);
  });
});

describe('the voice', () => {
  test('a Polly voice with its language is used for the greeting and the goodbye', () => {
    const env = { ...greetings, DIALTONE_VOICE: 'Polly.Vicki', DIALTONE_LANGUAGE: 'de-DE' };
    expect(sayTag(runInProcess('voicemail', env, {}))).toBe('<Say voice="Polly.Vicki" language="de-DE">');
    expect(sayTag(runInProcess('voicemail-saved', env, { step: 'goodbye' }))).toBe(
      '<Say voice="Polly.Vicki" language="de-DE">',
    );
  });

  test.each([
    ['a voice without its language', { DIALTONE_VOICE: 'Polly.Vicki' }],
    ['a language without a voice', { DIALTONE_LANGUAGE: 'de-DE' }],
    ['a voice that is no Polly voice', { DIALTONE_VOICE: 'man" onload="x', DIALTONE_LANGUAGE: 'en-US' }],
    ['a malformed language', { DIALTONE_VOICE: 'Polly.Joanna', DIALTONE_LANGUAGE: 'english' }],
    ['"default"', { DIALTONE_VOICE: 'default', DIALTONE_LANGUAGE: 'none' }],
  ])('%s: Twilio’s standard voice', (_what, env) => {
    expect(sayTag(runInProcess('voicemail', { ...greetings, ...env }, {}))).toBe('<Say>');
  });
});
