import { describe, expect, it } from 'vitest';
import { utf8ByteLength } from './utf8-byte-length';

describe('utf8ByteLength', () => {
  it('counts as UTF-8 does: 1 to 4 bytes a character, a lone surrogate as its 3-byte replacement', () => {
    const cases: [string, number][] = [
      ['', 0],
      ['Leave a message', 15],
      ['Grüße', 7],
      ['こんにちは', 15],
      ['Call me 📞 back', 17],
      ['x\u{10FFFF}', 5],
      ['bad \uD83D end', 11],
    ];
    expect(cases.map(([text]) => utf8ByteLength(text))).toEqual(cases.map(([, bytes]) => bytes));
  });
});
