import twilio from 'twilio';
import type { TwilioProblem } from '../../shared/models/twilio-setup';

/** Failures as Twilio's clients and Node hand them over, and the problems Dialtone makes of them. */

export const restException = (status: number, code: number | undefined, message: string) =>
  new twilio.RestException({
    statusCode: status,
    body: { code, message, more_info: code ? `https://www.twilio.com/docs/errors/${code}` : undefined, status },
  });

export const gotHttpError = (status: number, body: unknown) =>
  Object.assign(new Error(`Response code ${status}`), { name: 'HTTPError', response: { statusCode: status, body } });

export const withCode = (code: string, name = 'Error') => Object.assign(new Error(`${code} happened`), { code, name });

export const unreachable: TwilioProblem = {
  code: null,
  message: 'Dialtone could not reach Twilio',
  whatToDo: 'Check your internet connection and try again.',
  moreInfo: null,
  adviceKey: 'connectionUnreachable',
  messageWords: { id: 'setup.twilioUnreachable' },
};
export const tooSlow: TwilioProblem = {
  code: null,
  message: 'Twilio did not answer in time',
  whatToDo:
    'Check your internet connection and try again. If it keeps happening, Twilio may be having trouble: see status.twilio.com.',
  moreInfo: null,
  adviceKey: 'connectionTimeout',
  messageWords: { id: 'setup.twilioTimeout' },
};
export const insecure: TwilioProblem = {
  code: null,
  message: 'Dialtone could not make a secure connection to Twilio',
  whatToDo:
    'A firewall, proxy or antivirus program may be intercepting secure connections, or this computer’s date and time may be wrong. Check them, then try again.',
  moreInfo: null,
  adviceKey: 'connectionInsecure',
  messageWords: { id: 'setup.twilioInsecure' },
};
export const ownBug: TwilioProblem = {
  code: null,
  message: 'Dialtone ran into a problem of its own while talking to Twilio',
  whatToDo:
    'This is not your internet connection or your Twilio account. Try again; if it keeps happening, restart Dialtone.',
  moreInfo: null,
  messageWords: { id: 'setup.problemOfItsOwn' },
  whatToDoWords: { id: 'setup.problemOfItsOwnAdvice' },
};
