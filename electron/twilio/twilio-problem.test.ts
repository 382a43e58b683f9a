import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { twilioAdviceEnglish } from '../../shared/models/twilio-advice';
import { twilioProblemSchema, type TwilioProblem } from '../../shared/models/twilio-setup';
import { isNotFound, toTwilioProblem, twilioCodeOf, TwilioProblemError, TwilioRemovalError } from './twilio-problem';
import { gotHttpError, ownBug, restException, withCode } from './twilio-problem-test-kit';

describe('what Twilio said', () => {
  it('reads a twilio-node RestException: code, message, more_info and the advice for it', () => {
    expect(toTwilioProblem(restException(401, 20003, 'Authenticate'))).toEqual({
      code: 20003,
      message: 'Authenticate',
      whatToDo:
        'Check the Account SID and Auth Token (or the API key SID and secret) in the Twilio Console under Account Info, then paste them again. If you signed in with an API key, it may have been deleted.',
      moreInfo: 'https://www.twilio.com/docs/errors/20003',
      adviceKey: 'checkCredentials',
    });
  });

  it('reads a got HTTPError from serverless-api, whatever its body: object, JSON text or bytes', () => {
    const body = { code: 20429, message: 'Too Many Requests', more_info: 'https://www.twilio.com/docs/errors/20429' };
    for (const sent of [body, JSON.stringify(body), Buffer.from(JSON.stringify(body))]) {
      expect(toTwilioProblem(gotHttpError(429, sent))).toMatchObject({ code: 20429, message: 'Too Many Requests' });
    }
  });

  it('reads serverless-api’s ClientApiError, with or without Twilio’s details', () => {
    const body = { code: 20429, message: 'Too Many Requests', status: 429 };
    const converted = Object.assign(new Error('Too Many Requests'), {
      name: 'TwilioApiError',
      code: 20429,
      details: body,
    });
    expect(toTwilioProblem(converted)).toMatchObject({ code: 20429, message: 'Too Many Requests' });
    expect(toTwilioProblem(converted).whatToDo).toMatch(/Wait a minute/);
    // Without a Twilio body serverless-api keeps the name HTTPError and puts the HTTP status in `code`.
    const bare = Object.assign(new Error('Response code 503'), { name: 'HTTPError', code: 503 });
    expect(toTwilioProblem(bare)).toMatchObject({ code: null, message: 'Twilio refused the request (HTTP 503)' });
    expect(toTwilioProblem(bare).whatToDo).toBe('Twilio had a temporary problem. Wait a minute, then try again.');
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
    // The key names the very words sent, so the renderer can show them in the app's language.
    expect(problem.adviceKey).toBeDefined();
    expect(twilioAdviceEnglish[problem.adviceKey!]).toBe(problem.whatToDo);
    expect(() => twilioProblemSchema.parse(problem)).not.toThrow();
  });

  it('names no advice when it passes on what Twilio said, and still reads problems saved without a key', () => {
    const passedOn = toTwilioProblem(restException(400, 21999, 'Something odd'));
    expect(passedOn.adviceKey).toBeUndefined();
    expect(
      twilioProblemSchema.parse({ code: 21422, message: 'gone', whatToDo: 'search again', moreInfo: null }),
    ).toEqual({ code: 21422, message: 'gone', whatToDo: 'search again', moreInfo: null });
    expect(() => twilioProblemSchema.parse({ ...passedOn, adviceKey: 'noSuchAdvice' })).toThrow();
  });

  it('passes on what Twilio said for codes it has no advice for, with the page about them', () => {
    expect(toTwilioProblem(restException(400, 21999, 'Something odd')).whatToDo).toBe(
      'Twilio said: Something odd. See https://www.twilio.com/docs/errors/21999.',
    );
    expect(toTwilioProblem(restException(400, 21999, 'Value 1.5 is odd')).whatToDo).toBe(
      'Twilio said: Value 1.5 is odd. See https://www.twilio.com/docs/errors/21999.',
    );
    expect(toTwilioProblem(restException(400, 21999, 'Already a sentence!')).whatToDo).toBe(
      'Twilio said: Already a sentence! See https://www.twilio.com/docs/errors/21999.',
    );
    expect(toTwilioProblem(gotHttpError(400, { message: 'No code here' })).whatToDo).toBe(
      'Twilio said: No code here. Check the Twilio Console, then try again.',
    );
  });

  it.each([
    [401, /Account SID and Auth Token/],
    [403, /not allowed to do this/],
    [404, /deleted in the Twilio Console/],
    [429, /too many requests/i],
    [500, /temporary problem/],
    [503, /temporary problem/],
  ])('advises by HTTP status %i when Twilio gave no code', (status, advice) => {
    expect(toTwilioProblem(gotHttpError(status, '')).whatToDo).toMatch(advice);
  });

  it('gives a bare 404 and 429 the codes Twilio uses for them, and nothing else a code', () => {
    expect(toTwilioProblem(gotHttpError(404, ''))).toMatchObject({
      code: 20404,
      message: 'Twilio refused the request (HTTP 404)',
      moreInfo: 'https://www.twilio.com/docs/errors/20404',
    });
    expect(toTwilioProblem(gotHttpError(429, '')).code).toBe(20429);
    expect(toTwilioProblem(gotHttpError(400, 'not json'))).toEqual({
      code: null,
      message: 'Twilio refused the request (HTTP 400)',
      whatToDo: 'Twilio said: Twilio refused the request (HTTP 400). Check the Twilio Console, then try again.',
      moreInfo: null,
      messageWords: { id: 'setup.twilioRefusedStatus', values: { status: 400 } },
      whatToDoWords: { id: 'setup.twilioRefusedStatusCheckConsole', values: { status: 400 } },
    });
  });

  it('takes the other shapes of an error body: detail, title, moreInfo, a status and codes in quotes', () => {
    expect(toTwilioProblem(gotHttpError(400, { detail: 'From detail', moreInfo: 'https://example.com/x' }))).toEqual({
      code: null,
      message: 'From detail',
      whatToDo: 'Twilio said: From detail. See https://example.com/x.',
      moreInfo: 'https://example.com/x',
      whatToDoWords: {
        id: 'setup.twilioSaidSeeMore',
        values: { said: 'From detail.', moreInfo: 'https://example.com/x' },
      },
    });
    expect(toTwilioProblem(gotHttpError(400, { title: 'From title', code: '21422', status: '409' }))).toMatchObject({
      code: 21422,
      message: 'From title',
    });
    expect(toTwilioProblem(gotHttpError(400, { code: 'abc', message: '   ' }))).toMatchObject({
      code: null,
      message: 'Twilio refused the request (HTTP 400)',
    });
    expect(toTwilioProblem(gotHttpError(400, { message: '  Authenticate \n' })).message).toBe('Authenticate');
    for (const code of [21422.5, 'x21422', '21422x', '1234567', ['21422'], true]) {
      expect(toTwilioProblem(gotHttpError(400, { code, message: 'm' })).code).toBeNull();
    }
    expect(toTwilioProblem(gotHttpError(400, { status: 503 })).whatToDo).toMatch(/temporary problem/);
    expect(toTwilioProblem(gotHttpError(400, [1, 2])).message).toBe('Twilio refused the request (HTTP 400)');
  });

  it('reads an axios error by its status, and a RestException with Twilio’s details by its body', () => {
    const axiosLike = Object.assign(new Error('Request failed with status code 503'), {
      status: 503,
      response: { status: 503, data: 'Service Unavailable' },
    });
    expect(toTwilioProblem(axiosLike)).toMatchObject({
      code: null,
      message: 'Request failed with status code 503',
      whatToDo: 'Twilio had a temporary problem. Wait a minute, then try again.',
    });
    const detailed = new twilio.RestException({
      statusCode: 400,
      body: { code: 21422, message: 'Not available', details: { more: 'x' }, status: 400 },
    });
    expect(toTwilioProblem(detailed)).toMatchObject({ code: 21422, message: 'Not available' });
  });

  it('takes only whole answers: an HTTPError without a status, a TwilioApiError without one', () => {
    const noStatus = Object.assign(new Error('x'), { name: 'HTTPError', code: 'ERR_NON_2XX_3XX_RESPONSE' });
    expect(toTwilioProblem(noStatus)).toEqual(ownBug);
    const withoutStatus = Object.assign(new Error('x'), { name: 'TwilioApiError', details: { code: 21999 } });
    expect(toTwilioProblem(withoutStatus)).toEqual({
      code: 21999,
      message: 'Twilio refused the request',
      whatToDo: 'Twilio said: Twilio refused the request. See https://www.twilio.com/docs/errors/21999.',
      moreInfo: 'https://www.twilio.com/docs/errors/21999',
      messageWords: { id: 'setup.twilioRefused' },
      whatToDoWords: {
        id: 'setup.twilioRefusedSeeMore',
        values: { moreInfo: 'https://www.twilio.com/docs/errors/21999' },
      },
    });
  });

  it('reads any Error that carries an HTTP status, preferring its detail', () => {
    const error = Object.assign(new Error('short'), { status: 400, code: 21422, detail: 'The long story' });
    expect(toTwilioProblem(error)).toMatchObject({ code: 21422, message: 'The long story' });
    expect(toTwilioProblem({ status: 400, code: 21422 })).toEqual(ownBug);
  });

  it('links only to whole https pages, else to Twilio’s page for the code', () => {
    const page = (moreInfo: string) => toTwilioProblem(gotHttpError(400, { code: 21999, message: 'x', moreInfo }));
    const docs = 'https://www.twilio.com/docs/errors/21999';
    expect(page('javascript:alert(1)').moreInfo).toBe(docs);
    expect(page('javascript:https://example.com').moreInfo).toBe(docs);
    const longest = `https://example.com/${'x'.repeat(280)}`;
    expect(longest).toHaveLength(300);
    expect(page(longest).moreInfo).toBe(longest);
    expect(page('http://example.com/plain').moreInfo).toBe(docs);
    expect(page('https://example.com/a page').moreInfo).toBe(docs);
    expect(page(`https://example.com/${'x'.repeat(300)}`).moreInfo).toBe(docs);
    expect(page(`https://example.com/${'x'.repeat(200)}`).moreInfo).toBe(`https://example.com/${'x'.repeat(200)}`);
    expect(toTwilioProblem(gotHttpError(400, { message: 'x', moreInfo: 'ftp://x' })).moreInfo).toBeNull();
  });

  it('keeps huge messages within the limits, marked as cut', () => {
    const problem = toTwilioProblem(restException(400, 21999, 'x'.repeat(5000)));
    expect(problem.message).toBe(`${'x'.repeat(999)}…`);
    expect(problem.whatToDo).toHaveLength(1000);
    expect(problem.whatToDo.endsWith('…')).toBe(true);
    expect(() => twilioProblemSchema.parse(problem)).not.toThrow();
    expect(toTwilioProblem(restException(400, 21999, 'x'.repeat(1000))).message).toBe('x'.repeat(1000));
  });
});

describe('a failure already wrapped', () => {
  const own: TwilioProblem = { code: 21422, message: 'gone', whatToDo: 'search again', moreInfo: null };

  it('keeps Dialtone’s own words', () => {
    expect(toTwilioProblem(new TwilioProblemError(own))).toBe(own);
    expect(toTwilioProblem(new Error('outer', { cause: new TwilioProblemError(own) }))).toBe(own);
  });

  it('keeps Twilio’s code and words under a plain wrapper', () => {
    const wrapped = new Error('deploy failed', { cause: restException(400, 21422, 'Not available') });
    expect(toTwilioProblem(wrapped)).toMatchObject({ code: 21422, message: 'Not available' });
    expect(twilioCodeOf(wrapped)).toBe(21422);
  });

  it('prefers what Twilio said to a connection failure beside it', () => {
    const both = new AggregateError([withCode('ECONNRESET'), restException(400, 21422, 'Not available')], 'x');
    expect(toTwilioProblem(both).code).toBe(21422);
  });

  it('finds the code under a problem that has none of its own', () => {
    const words = { code: null, message: 'Could not finish', whatToDo: 'Try again.', moreInfo: null };
    const wrapped = new TwilioProblemError(words, { cause: gotHttpError(404, '') });
    expect(twilioCodeOf(wrapped)).toBe(20404);
    expect(isNotFound(wrapped)).toBe(true);
    expect(toTwilioProblem(wrapped)).toBe(words);
    expect(twilioCodeOf(new TwilioProblemError(words))).toBeNull();
  });
});

describe('the errors', () => {
  it('name themselves and carry their problem, and what removal already removed', () => {
    const words = { code: 20500, message: 'Internal', whatToDo: 'Try again.', moreInfo: null };
    const cause = new Error('cause');
    const problemError = new TwilioProblemError(words, { cause });
    expect(problemError).toMatchObject({ name: 'TwilioProblemError', message: 'Internal', problem: words, cause });
    const removal = new TwilioRemovalError(words, ['SIP domain x'], { cause });
    expect(removal).toBeInstanceOf(TwilioProblemError);
    expect(removal).toMatchObject({ name: 'TwilioRemovalError', removed: ['SIP domain x'], problem: words, cause });
  });
});

describe('twilioCodeOf and isNotFound', () => {
  it.each([
    [restException(400, 21422, 'x'), 21422],
    [restException(404, 20404, 'nope'), 20404],
    [gotHttpError(404, ''), 20404],
    [gotHttpError(429, ''), 20429],
    [gotHttpError(500, ''), null],
    [new TwilioProblemError({ code: 21422, message: 'gone', whatToDo: 'search again', moreInfo: null }), 21422],
    [new Error('x'), null],
    [withCode('ECONNREFUSED'), null],
  ])('%#', (error, code) => {
    expect(twilioCodeOf(error)).toBe(code);
    expect(isNotFound(error)).toBe(code === 20404);
  });
});
