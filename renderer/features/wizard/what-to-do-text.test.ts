import { describe, expect, it } from 'vitest';
import { twilioAdviceEnglish } from '../../../shared/models/twilio-advice';
import { translatorFor } from '../../i18n/translate-test-kit';
import { problemMessageText, whatToDoText } from './what-to-do-text';

const known = { whatToDo: twilioAdviceEnglish.code21422, adviceKey: 'code21422' } as const;

describe('what to do about a Twilio problem', () => {
  it("shows Dialtone's known advice in the app's language", () => {
    expect(whatToDoText(known, translatorFor('en'))).toBe(
      'That number is no longer available. Search again and choose another one.',
    );
    expect(whatToDoText(known, translatorFor('fr'))).toBe(
      'Ce numéro n’est plus disponible. Lancez une nouvelle recherche et choisissez-en un autre.',
    );
  });

  it('keeps Console menu paths in English, as Twilio shows them', () => {
    const advice = { whatToDo: twilioAdviceEnglish.addressNeeded, adviceKey: 'addressNeeded' } as const;
    expect(whatToDoText(advice, translatorFor('de'))).toContain('Phone Numbers > Regulatory Compliance > Addresses');
  });

  it('shows the words main sent when they are not known advice, or come from before advice had keys', () => {
    const passedOn = { whatToDo: 'Twilio said: Something odd. See https://www.twilio.com/docs/errors/21999.' };
    expect(whatToDoText(passedOn, translatorFor('es'))).toBe(passedOn.whatToDo);
    expect(whatToDoText({ ...passedOn, adviceKey: null }, translatorFor('es'))).toBe(passedOn.whatToDo);
  });

  it('says the problems Dialtone words itself in the app’s language, with Twilio’s words kept inside', () => {
    const refused = {
      message: 'Twilio refused the request (HTTP 400)',
      messageWords: { id: 'setup.twilioRefusedStatus', values: { status: 400 } },
      whatToDo: 'Twilio said: Weird. See https://www.twilio.com/docs/errors/21999.',
      whatToDoWords: {
        id: 'setup.twilioSaidSeeMore',
        values: { said: 'Weird.', moreInfo: 'https://www.twilio.com/docs/errors/21999' },
      },
    } as const;
    expect(problemMessageText(refused, translatorFor('en'))).toBe(refused.message);
    expect(whatToDoText(refused, translatorFor('en'))).toBe(refused.whatToDo);
    expect(problemMessageText(refused, translatorFor('fr'))).toBe('Twilio a refusé la requête (HTTP 400)');
    expect(whatToDoText(refused, translatorFor('de'))).toBe(
      'Antwort von Twilio: Weird. Siehe https://www.twilio.com/docs/errors/21999.',
    );
    expect(problemMessageText({ message: 'Authenticate' }, translatorFor('es'))).toBe('Authenticate');
  });
});
