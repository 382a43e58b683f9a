import { describe, expect, it } from 'vitest';
import { words } from '../../../../shared/text/words';
import { intlFor } from '../../active-intl';
import { inPersonsLanguage, wordsText } from '../../words-text';

describe('the inbox’s words', () => {
  it('put Twilio’s own words and code before the advice Dialtone translates', () => {
    const said = words('inbox.twilioCodedCheckCredentials', { problem: 'Authenticate', code: '20003' });
    expect(wordsText(said, intlFor('fr'))).toMatch(
      /^Authenticate \(erreur Twilio 20003\)\. Vérifiez l’Account SID et l’Auth Token/,
    );
    expect(wordsText(said, intlFor('de'))).toMatch(
      /^Authenticate \(Twilio-Fehler 20003\)\. Prüfen Sie die Account SID/,
    );
  });

  it('say why a typed recipient cannot get a text in the dialler’s words', () => {
    expect(wordsText(words('inbox.recipientTooShort'), intlFor('de'))).toBe(
      'Diese Nummer ist zu kurz. Geben Sie die vollständige Nummer mit Vorwahl ein.',
    );
  });

  it('name the country a recipient cannot be in, in the person’s language', () => {
    const said = words('inbox.recipientNotInCountry', { country: 'DE' });
    expect(wordsText(said, intlFor('de'))).toContain('Deutschland');
    expect(wordsText(said, intlFor('fr'))).toContain('Allemagne');
  });

  it('reach the person as a failure’s message in their language', () => {
    const failure = { code: 'not-found', message: 'English', words: words('inbox.voicemailGone') } as const;
    expect(inPersonsLanguage(failure).message).toBe(wordsText(failure.words));
    expect(wordsText(failure.words, intlFor('es'))).toBe(
      'Este mensaje de voz ya no está aquí. Puede que se haya eliminado en otro dispositivo.',
    );
  });
});
