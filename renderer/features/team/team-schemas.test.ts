import { describe, expect, it } from 'vitest';
import { addTeamMemberSchema, ringGroupSchema } from '../../../shared/models/team';
import { teamWords } from '../../../shared/text/team-words';
import { intlFor } from '../../i18n/active-intl';
import { checkText } from '../../i18n/words-text';
import { fieldErrors } from '../wizard/setup-schemas';

describe('the team’s checks in the person’s language', () => {
  it('says each field’s problem as the schema found it, translated', () => {
    const noName = { kind: 'extension', displayName: '', username: 'Kim!', extension: '0101' };
    expect(fieldErrors(addTeamMemberSchema, noName, intlFor('en'))).toEqual({
      displayName: 'Write their name.',
      username: 'Use small letters, digits, dots, dashes or underscores, with a letter.',
      extension: 'Use 2 to 5 digits, not starting with 0.',
    });
    expect(fieldErrors(addTeamMemberSchema, noName, intlFor('de'))).toEqual({
      displayName: 'Geben Sie den Namen der Person ein.',
      username:
        'Verwenden Sie Kleinbuchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche, mit mindestens einem Buchstaben.',
      extension: 'Verwenden Sie 2 bis 5 Ziffern, nicht mit 0 beginnend.',
    });
  });

  it('asks for a number when none was chosen, rather than for one in international form', () => {
    const group = { name: 'Sales', phoneNumber: '', members: ['kim', 'kim'] };
    expect(fieldErrors(ringGroupSchema, group, intlFor('fr'))).toEqual({
      phoneNumber: 'Choisissez l’un de vos numéros.',
      members: 'Choisissez chaque personne une seule fois.',
    });
    expect(
      fieldErrors(ringGroupSchema, { ...group, phoneNumber: '+15125550111', members: ['kim'] }, intlFor('es')),
    ).toEqual({});
  });

  it('leaves a message that is no sentence of ours as it was, and finds each team sentence by its English', () => {
    expect(checkText('Expected a number in international form, like +15125550123', intlFor('fr'))).toBe(
      'Expected a number in international form, like +15125550123',
    );
    expect(new Set(Object.values(teamWords)).size).toBe(Object.keys(teamWords).length);
    expect(checkText(teamWords.numberMissing, intlFor('fr'))).toBe('Choisissez l’un de vos numéros.');
  });
});
