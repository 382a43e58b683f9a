import { describe, expect, it } from 'vitest';
import { autoReplySchema, weeklyScheduleSchema } from '../../shared/models/call-handling';
import {
  numberSearchSchema,
  twilioCredentialsInputSchema,
  voicemailGreetingSchema,
} from '../../shared/models/twilio-setup';
import { limitChecks } from '../../shared/text/limit-checks';
import { inEnglish, wordsEnglish, type Words, type WordsId } from '../../shared/text/words';
import { intlFor } from './active-intl';
import { checkText, wordsText } from './words-text';

interface Schema {
  safeParse(value: unknown): { error?: { issues: { message: string }[] } };
}

const messagesOf = (schema: Schema, value: unknown): string[] =>
  schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

const sid = 'AC0123456789abcdef0123456789abcdef';
const weekdays = { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' };

/** Every message the converted schemas give a form, each met through a value a person could type. */
const schemaMessages: Record<string, string[]> = {
  credentials: [
    ...messagesOf(twilioCredentialsInputSchema, { kind: 'auth-token', accountSid: 'AC1', authToken: 'x' }),
    ...messagesOf(twilioCredentialsInputSchema, { kind: 'api-key', accountSid: sid, apiKeySid: 'S', apiKeySecret: '' }),
  ],
  numberSearch: messagesOf(numberSearchSchema, {
    country: '',
    type: 'local',
    areaCode: '1',
    contains: '-',
    voice: true,
    sms: false,
  }),
  voicemailGreeting: [' ', 'a'.repeat(451), '<Say>'].flatMap((text) => messagesOf(voicemailGreetingSchema, text)),
  weeklySchedule: [
    ...messagesOf(weeklyScheduleSchema, [
      { days: [], from: '9', to: '17:00' },
      { days: [1, 1], from: '09:00', to: '17:00' },
      { days: [1], from: '09:00', to: '09:00' },
      { days: [1], from: '24:00', to: '09:00' },
    ]),
    ...messagesOf(
      weeklyScheduleSchema,
      Array.from({ length: 100 }, () => weekdays),
    ),
  ],
  autoReply: [
    ...messagesOf(autoReplySchema, { enabled: true, text: '' }),
    ...messagesOf(autoReplySchema, { enabled: true, text: 'x'.repeat(400) }),
    ...messagesOf(autoReplySchema, { enabled: true, text: '😀'.repeat(200) }),
    ...messagesOf(autoReplySchema, { enabled: true, text: 'bell\u0007' }),
  ],
};

/** Every id whose English (its limit filled in, for the checks that name one) is this message. */
function idsSaying(message: string): WordsId[] {
  const ids = Object.entries(wordsEnglish).flatMap(([area, table]) =>
    Object.entries(table as Readonly<Record<string, string>>)
      .filter(([, english]) => english === message)
      .map(([key]) => `${area}.${key}` as WordsId),
  );
  const limited = Object.values(limitChecks).filter((check: Words) => inEnglish(check) === message);
  return [...new Set([...ids, ...limited.map((check) => check.id)])];
}

describe('checkText', () => {
  it('finds each converted schema’s messages back and says them in French and German', () => {
    const counts = Object.fromEntries(Object.entries(schemaMessages).map(([schema, found]) => [schema, found.length]));
    expect(counts).toEqual({ credentials: 4, numberSearch: 3, voicemailGreeting: 3, weeklySchedule: 6, autoReply: 4 });
    for (const [schema, messages] of Object.entries(schemaMessages)) {
      for (const message of messages) {
        expect(idsSaying(message), `${schema}: ${message}`).toHaveLength(1);
        expect(checkText(message, intlFor('en')), message).toBe(message);
        for (const locale of ['fr', 'de'] as const) {
          expect(checkText(message, intlFor(locale)), `${locale}: ${message}`).not.toBe(message);
        }
      }
    }
  });

  it('says a check that names a limit with the limit in place', () => {
    const [tooLong] = messagesOf(autoReplySchema, { enabled: true, text: 'x'.repeat(400) });
    expect(checkText(tooLong ?? '', intlFor('fr'))).toBe(
      'Raccourcissez le texte : une réponse automatique compte au plus 320 caractères',
    );
    expect(checkText(inEnglish(limitChecks.spokenTextTooLong), intlFor('de'))).toBe(
      wordsText(limitChecks.spokenTextTooLong, intlFor('de')),
    );
    expect(messagesOf(voicemailGreetingSchema, ' ').map((message) => checkText(message, intlFor('es')))).toEqual([
      'Escribe lo que oyen quienes llaman antes del pitido',
    ]);
  });

  it('leaves text it does not know as it is', () => {
    for (const text of ['Expected a number in international form, like +15125550123', '', 'Invalid input']) {
      expect(checkText(text, intlFor('fr'))).toBe(text);
    }
    // A sentence with an argument is no check: its English with the braces is not found back.
    expect(checkText(wordsEnglish.setup.checkScheduleTooLong, intlFor('de'))).toBe(
      wordsEnglish.setup.checkScheduleTooLong,
    );
  });

  it('finds one translation for each English: sentences of different ids that say the same agree in every language', () => {
    const idsByEnglish = new Map<string, WordsId[]>();
    for (const [area, table] of Object.entries(wordsEnglish)) {
      for (const [key, english] of Object.entries(table as Readonly<Record<string, string>>)) {
        if (!english.includes('{'))
          idsByEnglish.set(english, [...(idsByEnglish.get(english) ?? []), `${area}.${key}` as WordsId]);
      }
    }
    for (const check of Object.values(limitChecks)) expect(idsByEnglish.has(inEnglish(check))).toBe(false);
    for (const [english, ids] of idsByEnglish) {
      for (const locale of ['fr', 'de', 'es'] as const) {
        const said = new Set(ids.map((id) => wordsText({ id }, intlFor(locale))));
        expect(said.size, `${locale}: ${english} (${ids.join(', ')})`).toBe(1);
      }
    }
  });
});
