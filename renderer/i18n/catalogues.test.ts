import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { appLanguages } from '../../shared/models/language';
import { messagesFor } from './locale-messages';

/** Each argument a message takes, with its kind (text, number, plural, select, date...). */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, TYPE>()): Map<string, TYPE> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      found.set(`<${element.value}>`, element.type);
      argumentsOf(element.children, found);
      continue;
    }
    found.set(element.value, element.type);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

const english = messagesFor('en');
const sorted = (map: Map<string, TYPE>) => [...map.entries()].sort(([a], [b]) => a.localeCompare(b));

describe('the catalogues', () => {
  it('hold valid ICU messages in English', () => {
    for (const [id, message] of Object.entries(english)) expect(() => parse(message), id).not.toThrow();
  });

  it.each(appLanguages.filter((language) => language !== 'en'))(
    'in %s, translate every English message with the same arguments of the same kinds',
    (language) => {
      const translated = messagesFor(language);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      for (const [id, message] of Object.entries(english)) {
        const translation = translated[id] ?? '';
        expect(translation.trim(), `${language} ${id} is empty`).not.toBe('');
        expect(sorted(argumentsOf(parse(translation))), `${language} ${id}`).toEqual(
          sorted(argumentsOf(parse(message))),
        );
      }
    },
  );

  it('give the pseudo-locale every message, each still taking the English arguments', () => {
    const pseudo = messagesFor('en-XA');
    for (const [id, message] of Object.entries(english)) {
      expect(sorted(argumentsOf(parse(pseudo[id] ?? ''))), id).toEqual(sorted(argumentsOf(parse(message))));
    }
  });
});
