import { describe, expect, it } from 'vitest';
import { twilioProblemSchema } from '../../shared/models/twilio-setup';
import { redactProblem, toTwilioProblem } from './twilio-problem';
import { restException } from './twilio-problem-test-kit';

describe('redactProblem', () => {
  const secret = 'abcdef0123456789abcdef0123456789';
  const other = 'Zq9Zq9Zq9Zq9Zq9Zq9';

  it('hides each secret everywhere it appears and keeps every other word', () => {
    const problem = {
      code: 21999,
      message: `bad value ${secret} and ${secret}`,
      whatToDo: `Twilio said: ${other} is wrong.`,
      moreInfo: `https://example.com/${secret}`,
    };
    expect(redactProblem(problem, [secret, other])).toEqual({
      code: 21999,
      message: 'bad value [hidden] and [hidden]',
      whatToDo: 'Twilio said: [hidden] is wrong.',
      moreInfo: 'https://example.com/[hidden]',
    });
  });

  it('keeps the key of known advice, whose words hold no secret', () => {
    const problem = toTwilioProblem(restException(401, 20003, `Authenticate ${secret}`));
    expect(redactProblem(problem, [secret])).toMatchObject({
      message: 'Authenticate [hidden]',
      adviceKey: 'checkCredentials',
    });
  });

  it('changes nothing when no secret is there', () => {
    const problem = { code: null, message: 'Plain words.', whatToDo: 'Do this.', moreInfo: null };
    expect(redactProblem(problem, [secret])).toEqual(problem);
  });

  it('leaves secrets shorter than 8 characters alone rather than blank common words', () => {
    const problem = { code: null, message: 'Try again', whatToDo: 'again and again', moreInfo: null };
    expect(redactProblem(problem, ['again', 'and agai', ''])).toEqual({ ...problem, whatToDo: 'again [hidden]n' });
    expect(redactProblem({ ...problem, message: 'password' }, ['password']).message).toBe('[hidden]');
  });

  it('hides the start of a secret cut off at the end of a clipped message', () => {
    const problem = toTwilioProblem(restException(400, 21999, `${'x'.repeat(980)}${secret}`));
    expect(problem.message).toBe(`${'x'.repeat(980)}${secret.slice(0, 19)}…`);
    expect(problem.whatToDo).toBe(`Twilio said: ${'x'.repeat(980)}${secret.slice(0, 6)}…`);
    const redacted = redactProblem(problem, [secret]);
    expect(redacted.message).toBe(`${'x'.repeat(980)}[hidden]…`);
    // Two x's give way too, so that the marker fits within the limit.
    expect(redacted.whatToDo).toBe(`Twilio said: ${'x'.repeat(978)}[hidden]…`);
    expect(() => twilioProblemSchema.parse(redacted)).not.toThrow();
  });

  it('hides a cut start of 4 characters or more, and only at the end of a clipped text', () => {
    const clipped = (message: string) => ({ code: null, message, whatToDo: 'x', moreInfo: null });
    expect(redactProblem(clipped('It was abcd…'), [secret]).message).toBe('It [hidden]…');
    expect(redactProblem(clipped('It was abc…'), [secret])).toEqual(clipped('It was abc…'));
    expect(redactProblem(clipped('It was abcd'), [secret])).toEqual(clipped('It was abcd'));
    expect(redactProblem(clipped('It was abcde'), [secret])).toEqual(clipped('It was abcde'));
    expect(redactProblem(clipped('It was abcdef0123456789…'), [other, secret]).message).toBe('It was [hidden]…');
  });
});
