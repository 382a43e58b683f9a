import { describe, expect, it } from 'vitest';
import { twilioAdviceEnglish, twilioAdviceKeys } from '../../../shared/models/twilio-advice';
import { connectionAdviceKeys } from '../../../shared/text/inbox-words';
import { isWordsId } from '../../../shared/text/words';
import { InboxProblemError } from '../../twilio/inbox-problem';
import { toTwilioProblem, TwilioProblemError } from '../../twilio/twilio-problem';
import { gotHttpError, ownBug, restException, withCode } from '../../twilio/twilio-problem-test-kit';
import { AppFailure } from '../app-failure';
import { askTwilio } from './twilio-failure';

async function failureOf(error: unknown): Promise<AppFailure> {
  const failed = await askTwilio(() => Promise.reject(error)).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(failed instanceof AppFailure)) throw new Error('askTwilio did not fail with an AppFailure');
  return failed;
}

describe('askTwilio', () => {
  it('says Twilio’s words and code as values, and Dialtone’s advice by its key, in the English of before', async () => {
    const failure = await failureOf(restException(401, 20003, 'Authenticate'));
    expect(failure.code).toBe('twilio-failed');
    expect(failure.words).toEqual({
      id: 'inbox.twilioCodedCheckCredentials',
      values: { problem: 'Authenticate', code: '20003' },
    });
    expect(failure.message).toBe(`Authenticate (Twilio error 20003). ${twilioAdviceEnglish.checkCredentials}`);
  });

  it('leaves the code out when Twilio gave none, and Twilio’s own full stop is not doubled', async () => {
    const failure = await failureOf(gotHttpError(503, { message: 'Service unavailable.' }));
    expect(failure.words).toEqual({ id: 'inbox.twilioTwilioTrouble', values: { problem: 'Service unavailable' } });
    expect(failure.message).toBe(`Service unavailable. ${twilioAdviceEnglish.twilioTrouble}`);
  });

  it('says a failed connection in a sentence of its own, as before', async () => {
    const failure = await failureOf(withCode('ECONNREFUSED'));
    const problem = toTwilioProblem(withCode('ECONNREFUSED'));
    expect(failure.words).toEqual({ id: 'inbox.unreachable' });
    expect(failure.message).toBe(`${problem.message}. ${problem.whatToDo}`);
    for (const code of ['ETIMEDOUT', 'CERT_HAS_EXPIRED']) {
      const { message, whatToDo } = toTwilioProblem(withCode(code));
      expect((await failureOf(withCode(code))).message).toBe(`${message}. ${whatToDo}`);
    }
  });

  it('passes on Twilio’s words for a code Dialtone does not know, with Twilio’s page', async () => {
    const failure = await failureOf(restException(400, 21999, 'Something odd'));
    expect(failure.words).toEqual({
      id: 'inbox.twilioSaidCoded',
      values: { problem: 'Something odd', code: '21999', moreInfo: 'https://www.twilio.com/docs/errors/21999' },
    });
    expect(failure.message).toBe(
      'Twilio said: Something odd (Twilio error 21999). See https://www.twilio.com/docs/errors/21999.',
    );
    const uncoded = await failureOf(gotHttpError(418, { message: 'Teapot' }));
    expect(uncoded.words).toEqual({ id: 'inbox.twilioSaid', values: { problem: 'Teapot' } });
  });

  it('says a problem Dialtone found in Twilio’s answer in its own words, however it was wrapped', async () => {
    const found = new InboxProblemError(
      { code: null, message: 'Twilio sent a file larger than 20 MB', whatToDo: 'Look at it.', moreInfo: null },
      { id: 'inbox.fileTooLarge', values: { megabytes: 20 } },
    );
    const wrapped = new TwilioProblemError({ ...found.problem, message: 'redacted' }, { cause: found });
    expect((await failureOf(wrapped)).words).toEqual({ id: 'inbox.fileTooLarge', values: { megabytes: 20 } });
  });

  it('passes an AppFailure on as it is, and a problem in words from elsewhere as its English', async () => {
    const own = new AppFailure('not-found', { id: 'inbox.pictureGone' });
    expect(await failureOf(own)).toBe(own);
    const failure = await failureOf(new TwilioProblemError(ownBug));
    expect(failure.words).toBeUndefined();
    expect(failure.message).toBe(`${ownBug.message}. ${ownBug.whatToDo}`);
  });

  it('has a sentence for every advice Twilio’s answers can get, with and without a code', () => {
    const answerKeys = twilioAdviceKeys.filter((key) => !(connectionAdviceKeys as readonly string[]).includes(key));
    for (const key of answerKeys) {
      const cased = `${key.charAt(0).toUpperCase()}${key.slice(1)}`;
      expect(isWordsId(`inbox.twilioCoded${cased}`), key).toBe(true);
      expect(isWordsId(`inbox.twilio${cased}`), key).toBe(true);
    }
    expect(isWordsId('inbox.twilioConnectionUnreachable')).toBe(false);
  });
});
