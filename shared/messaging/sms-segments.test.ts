import { describe, expect, it } from 'vitest';
import { countSmsSegments } from './sms-segments';

/** GSM 03.38 default alphabet as Unicode code points (the standard's mapping table), ESC left out. */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
const gsm7BasicCodePoints = [
  ...[0x40, 0xa3, 0x24, 0xa5, 0xe8, 0xe9, 0xf9, 0xec, 0xf2, 0xc7, 0x0a, 0xd8, 0xf8, 0x0d, 0xc5, 0xe5],
  ...[0x394, 0x5f, 0x3a6, 0x393, 0x39b, 0x3a9, 0x3a0, 0x3a8, 0x3a3, 0x398, 0x39e, 0xc6, 0xe6, 0xdf, 0xc9],
  ...[0x20, 0x21, 0x22, 0x23, 0xa4, ...range(0x25, 0x3f)],
  ...[0xa1, ...range(0x41, 0x5a), 0xc4, 0xd6, 0xd1, 0xdc, 0xa7],
  ...[0xbf, ...range(0x61, 0x7a), 0xe4, 0xf6, 0xf1, 0xfc, 0xe0],
];
const gsm7Basic = gsm7BasicCodePoints.map((codePoint) => String.fromCodePoint(codePoint));
const gsm7Extension = ['\f', '^', '{', '}', '\\', '[', '~', ']', '|', '€'];
const cyrillic = 'я';
const emoji = '😀';

describe('countSmsSegments: GSM-7', () => {
  it('counts an empty body as no segment, with a whole message left', () => {
    expect(countSmsSegments('')).toEqual({ encoding: 'GSM-7', segments: 0, remaining: 160, unicodeCharacters: [] });
  });

  it('takes every character of the basic alphabet as one septet', () => {
    expect(gsm7Basic).toHaveLength(127);
    for (const character of gsm7Basic) {
      expect(countSmsSegments(character), `U+${character.codePointAt(0)!.toString(16)}`).toEqual({
        encoding: 'GSM-7',
        segments: 1,
        remaining: 159,
        unicodeCharacters: [],
      });
    }
    expect(countSmsSegments(gsm7Basic.join(''))).toMatchObject({ encoding: 'GSM-7', segments: 1, remaining: 33 });
  });

  it('takes every extension character as two septets', () => {
    for (const character of gsm7Extension) {
      expect(countSmsSegments(character), JSON.stringify(character)).toEqual({
        encoding: 'GSM-7',
        segments: 1,
        remaining: 158,
        unicodeCharacters: [],
      });
      expect(countSmsSegments(character.repeat(80))).toMatchObject({ segments: 1, remaining: 0 });
      // 81 of them are 162 septets: 76 fit in the first part (152), 5 in the second (10).
      expect(countSmsSegments(character.repeat(81))).toMatchObject({ segments: 2, remaining: 143 });
    }
    expect(countSmsSegments(gsm7Extension.join(''))).toMatchObject({ encoding: 'GSM-7', remaining: 140 });
  });

  it('fits 160 septets in one message, then 153 in each part', () => {
    expect(countSmsSegments('a'.repeat(159))).toMatchObject({ segments: 1, remaining: 1 });
    expect(countSmsSegments('a'.repeat(160))).toMatchObject({ segments: 1, remaining: 0 });
    expect(countSmsSegments('a'.repeat(161))).toMatchObject({ segments: 2, remaining: 145 });
    expect(countSmsSegments('a'.repeat(306))).toMatchObject({ segments: 2, remaining: 0 });
    expect(countSmsSegments('a'.repeat(307))).toMatchObject({ segments: 3, remaining: 152 });
    expect(countSmsSegments('a'.repeat(1600))).toMatchObject({ segments: 11, remaining: 1683 - 1600 });
  });

  it('moves an extension character that would straddle a part boundary to the next part', () => {
    // 152 + 2: the escape sequence does not fit in the 153rd septet.
    expect(countSmsSegments(`${'a'.repeat(152)}€${'a'.repeat(7)}`)).toMatchObject({ segments: 2, remaining: 144 });
    expect(countSmsSegments(`${'a'.repeat(151)}€${'a'.repeat(8)}`)).toMatchObject({ segments: 2, remaining: 145 });
    // 306 septets, yet three parts: 152, then 153, then 1.
    expect(countSmsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toMatchObject({ segments: 3, remaining: 152 });
    expect(countSmsSegments(`${'a'.repeat(152)}€${'a'.repeat(151)}`)).toMatchObject({ segments: 2, remaining: 0 });
  });

  it('keeps a body of exactly 160 septets with extension characters in one message', () => {
    expect(countSmsSegments(`${'a'.repeat(158)}€`)).toMatchObject({ segments: 1, remaining: 0 });
    expect(countSmsSegments(`${'a'.repeat(159)}€`)).toMatchObject({ segments: 2, remaining: 145 });
  });
});

describe('countSmsSegments: UCS-2', () => {
  it('switches to UCS-2 for any character outside GSM-7, naming it', () => {
    for (const character of ['ç', '`', '’', '—', 'ą', '\u00a0', '\t', cyrillic, emoji]) {
      expect(countSmsSegments(`Hello ${character}`), JSON.stringify(character)).toMatchObject({
        encoding: 'UCS-2',
        segments: 1,
        unicodeCharacters: [character],
      });
    }
  });

  it('fits 70 code units in one message, then 67 in each part', () => {
    expect(countSmsSegments(cyrillic.repeat(70))).toMatchObject({ encoding: 'UCS-2', segments: 1, remaining: 0 });
    expect(countSmsSegments(cyrillic.repeat(69))).toMatchObject({ segments: 1, remaining: 1 });
    expect(countSmsSegments(cyrillic.repeat(71))).toMatchObject({ segments: 2, remaining: 63 });
    expect(countSmsSegments(cyrillic.repeat(134))).toMatchObject({ segments: 2, remaining: 0 });
    expect(countSmsSegments(cyrillic.repeat(135))).toMatchObject({ segments: 3, remaining: 66 });
  });

  it('counts an emoji as a surrogate pair of two units, never split between parts', () => {
    expect(countSmsSegments(emoji)).toEqual({
      encoding: 'UCS-2',
      segments: 1,
      remaining: 68,
      unicodeCharacters: [emoji],
    });
    expect(countSmsSegments(emoji.repeat(35))).toMatchObject({ segments: 1, remaining: 0 });
    // 36 pairs: 33 fill a part with 66 units, the other 3 (6 units) start the second.
    expect(countSmsSegments(emoji.repeat(36))).toMatchObject({ segments: 2, remaining: 61 });
    // The pair that would take units 67 and 68 moves to the second part.
    expect(countSmsSegments(`${cyrillic.repeat(66)}${emoji}${cyrillic.repeat(3)}`)).toMatchObject({
      segments: 2,
      remaining: 62,
    });
    expect(countSmsSegments(`${cyrillic.repeat(65)}${emoji}${cyrillic.repeat(4)}`)).toMatchObject({
      segments: 2,
      remaining: 63,
    });
    expect(countSmsSegments(`${cyrillic.repeat(132)}${emoji}`)).toMatchObject({ segments: 2, remaining: 0 });
    expect(countSmsSegments(`${cyrillic.repeat(133)}${emoji}`)).toMatchObject({ segments: 3, remaining: 65 });
    expect(countSmsSegments(`${cyrillic.repeat(68)}${emoji}`)).toMatchObject({ segments: 1, remaining: 0 });
  });

  it('counts extension characters as one unit once the body is UCS-2', () => {
    expect(countSmsSegments(`${'€'.repeat(69)}${cyrillic}`)).toMatchObject({ segments: 1, remaining: 0 });
    expect(countSmsSegments(`{[${cyrillic}`)).toMatchObject({ segments: 1, remaining: 67 });
  });

  it('names at most five characters that forced UCS-2, each once, first seen first', () => {
    expect(countSmsSegments('ąąę ą ę').unicodeCharacters).toEqual(['ą', 'ę']);
    expect(countSmsSegments('zażółć gęślą jaźń').unicodeCharacters).toEqual(['ż', 'ó', 'ł', 'ć', 'ę']);
    expect(countSmsSegments(`ok ${emoji}${emoji} ok`).unicodeCharacters).toEqual([emoji]);
  });

  it('counts a lone surrogate from a hostile body as one unit', () => {
    expect(countSmsSegments('\ud83d')).toEqual({
      encoding: 'UCS-2',
      segments: 1,
      remaining: 69,
      unicodeCharacters: ['\ud83d'],
    });
  });

  it('counts a huge body without trouble', () => {
    expect(countSmsSegments(`${cyrillic.repeat(670_000)}`)).toMatchObject({ segments: 10_000, remaining: 0 });
  });
});
