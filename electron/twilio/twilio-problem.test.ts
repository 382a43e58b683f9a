import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { twilioProblemSchema } from '../../shared/models/twilio-setup';
import { isNotFound, redactProblem, toTwilioProblem, twilioCodeOf, TwilioProblemError } from './twilio-problem';

const restException = (status: number, code: number | undefined, message: string) =>
  new twilio.RestException({
    statusCode: status,
    body: { code, message, more_info: code ? `https://www.twilio.com/docs/errors/${code}` : undefined, status },
  });

const gotHttpError = (status: number, body: unknown) =>
  Object.assign(new Error(`Response code ${status}`), { name: 'HTTPError', response: { statusCode: status, body } });

describe('toTwilioProblem', () => {
  it('reads a twilio-node RestException: code, message and more_info', () => {
    const problem = toTwilioProblem(restException(401, 20003, 'Authenticate'));
    expect(problem).toMatchObject({
      code: 20003,
      message: 'Authenticate',
      moreInfo: 'https://www.twilio.com/docs/errors/20003',
    });
    expect(problem.whatToDo).toMatch(/Account SID and Auth Token/);
    expect(problem.whatToDo).toMatch(/API key.*deleted/);
  });

  it('reads a got HTTPError from serverless-api (JSON or text body) and its converted ClientApiError', () => {
    const body = {
      code: 20429,
      message: 'Too Many Requests',
      more_info: 'https://www.twilio.com/docs/errors/20429',
      status: 429,
    };
    expect(toTwilioProblem(gotHttpError(429, body)).code).toBe(20429);
    expect(toTwilioProblem(gotHttpError(429, JSON.stringify(body))).code).toBe(20429);
    const converted = Object.assign(new Error('Too Many Requests'), {
      name: 'TwilioApiError',
      code: 20429,
      details: body,
    });
    expect(toTwilioProblem(converted)).toMatchObject({ code: 20429, message: 'Too Many Requests' });
    expect(toTwilioProblem(converted).whatToDo).toMatch(/Wait a minute/);
  });

  it.each([
    [20003, /Account SID/],
    [20404, /deleted in the Twilio Console/],
    [20429, /too many requests/i],
    [21631, /Regulatory Compliance > Addresses.*"none"/],
    [21613, /Regulatory Compliance > Addresses/],
    [21649, /regulatory bundle/],
    [21651, /regulatory documents/i],
    [21422, /no longer available.*Search again/],
    [21452, /area code/],
    [21421, /not valid/],
    [10002, /one phone number.*Upgrade.*trial number/],
    [21219, /verified numbers.*Verified Caller IDs.*upgrade/],
    [21608, /Verified Caller IDs/],
    [21210, /Verified Caller IDs/],
    [32100, /Verified Caller IDs/],
    [10004, /Too many calls/],
    [21230, /100 SIP domains/],
    [20005, /suspended or closed/],
  ])('advises on %i', (code, advice) => {
    const problem = toTwilioProblem(restException(400, code, `Twilio message ${code}`));
    expect(problem.code).toBe(code);
    expect(problem.message).toBe(`Twilio message ${code}`);
    expect(problem.whatToDo).toMatch(advice);
    expect(() => twilioProblemSchema.parse(problem)).not.toThrow();
  });

  it('falls back to what Twilio said for other codes', () => {
    const problem = toTwilioProblem(restException(400, 21999, 'Something odd'));
    expect(problem.whatToDo).toBe('Twilio said: Something odd. See https://www.twilio.com/docs/errors/21999.');
  });

  it('advises by HTTP status when Twilio gave no code', () => {
    expect(toTwilioProblem(restException(503, undefined, 'Unavailable'))).toMatchObject({ code: null });
    expect(toTwilioProblem(restException(503, undefined, 'Unavailable')).whatToDo).toMatch(/temporary/);
    expect(toTwilioProblem(gotHttpError(401, '')).whatToDo).toMatch(/Account SID/);
  });

  it.each(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNRESET'])(
    'says Twilio is unreachable on %s',
    (code) => {
      const error = Object.assign(new Error(`connect ${code} 10.0.0.1:443`), { code });
      expect(toTwilioProblem(error)).toEqual({
        code: null,
        message: 'Dialtone could not reach Twilio',
        whatToDo: 'Check your internet connection and try again.',
        moreInfo: null,
      });
    },
  );

  it('sees network failures wrapped in causes, aggregates and socket hang-ups', () => {
    const refused = Object.assign(new Error('x'), { code: 'ECONNREFUSED' });
    expect(toTwilioProblem(new AggregateError([refused], 'x')).message).toBe('Dialtone could not reach Twilio');
    expect(toTwilioProblem(new Error('wrapped', { cause: refused })).message).toBe('Dialtone could not reach Twilio');
    expect(toTwilioProblem(new Error('socket hang up')).message).toBe('Dialtone could not reach Twilio');
  });

  it('leaks no internals for anything else', () => {
    const problem = toTwilioProblem(new Error('at /home/me/app.js password=hunter2'));
    expect(JSON.stringify(problem)).not.toMatch(/hunter2|app\.js/);
    expect(toTwilioProblem('failed').code).toBeNull();
    expect(toTwilioProblem(undefined).message).toMatch(/Something went wrong/);
  });

  it('passes a TwilioProblemError through and tells not-found apart', () => {
    const problem = { code: 21422, message: 'gone', whatToDo: 'search again', moreInfo: null };
    expect(toTwilioProblem(new TwilioProblemError(problem))).toBe(problem);
    expect(isNotFound(restException(404, 20404, 'nope'))).toBe(true);
    expect(isNotFound(gotHttpError(404, ''))).toBe(true);
    expect(twilioCodeOf(restException(400, 21422, 'x'))).toBe(21422);
    expect(isNotFound(new Error('x'))).toBe(false);
  });

  it('hides secrets that crept into a message', () => {
    const secret = 'abcdef0123456789abcdef0123456789';
    const problem = toTwilioProblem(restException(400, 21999, `bad value ${secret}`));
    expect(JSON.stringify(redactProblem(problem, [secret]))).not.toContain(secret);
  });

  it('keeps within the schema limits for huge messages', () => {
    const problem = toTwilioProblem(restException(400, 21999, 'x'.repeat(5000)));
    expect(() => twilioProblemSchema.parse(problem)).not.toThrow();
  });
});
