import { describe, expect, it } from 'vitest';
import { inEnglish, isWordsId, words, wordsEnglish } from './words';

describe('words', () => {
  it('knows each id of every area and nothing else', () => {
    expect(isWordsId('general.internalError')).toBe(true);
    expect(isWordsId('general.madeUp')).toBe(false);
    expect(isWordsId('general')).toBe(false);
    expect(isWordsId('constructor.name')).toBe(false);
    expect(isWordsId('general.toString')).toBe(false);
  });

  it('writes the English with the values in place and leaves an argument without a value showing', () => {
    expect(inEnglish(words('general.requestRefused', { request: 'contacts:save', issues: 'name: empty' }))).toBe(
      'The request contacts:save was refused, nothing was changed: name: empty',
    );
    expect(inEnglish(words('general.requestRefused', { request: 'x' }))).toMatch(/changed: \{issues\}$/);
  });

  it('keeps every English message to plain {name} arguments, so main can write it without a formatter', () => {
    for (const [area, table] of Object.entries(wordsEnglish)) {
      for (const [key, message] of Object.entries(table as Readonly<Record<string, string>>)) {
        const withoutArguments = message.replace(/\{\w+\}/g, '');
        expect(withoutArguments, `${area}.${key}`).not.toMatch(/[{}']/);
      }
    }
  });
});
