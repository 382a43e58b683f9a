import { describe, expect, it } from 'vitest';
import { phoneLabelFrom } from './contact-draft-builder';
import { decodeQuotedPrintable, splitVcards } from './vcard-lines';

describe('decodeQuotedPrintable', () => {
  it('decodes UTF-8 and other charsets, and leaves a stray "=" alone', () => {
    expect(decodeQuotedPrintable('J=C3=BCrgen')).toBe('Jürgen');
    expect(decodeQuotedPrintable('J=FCrgen', 'ISO-8859-1')).toBe('Jürgen');
    expect(decodeQuotedPrintable('J=FCrgen', 'no-such-charset')).toBe('J\uFFFDrgen');
    expect(decodeQuotedPrintable('a=b=3D')).toBe('a=b=');
  });
});

describe('splitVcards', () => {
  it('unfolds RFC folding and quoted-printable soft breaks, names 2.1 parameters, puts VERSION first', () => {
    const [card] = splitVcards(
      [
        'BEGIN:VCARD',
        'FN:Ann',
        'VERSION:4.0',
        'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Gr=C3=BC=',
        '=C3=9Fe=0D=0Azwei',
        'TEL;CELL;PREF:+49 170',
        ' 1234567',
        'PHOTO;ENCODING=b;TYPE=JPEG:AAAA',
        'END:VCARD',
      ].join('\n'),
    );
    expect(card?.text.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Ann',
      'NOTE:Grüße\\nzwei',
      'TEL;TYPE=CELL;TYPE=PREF:+49 1701234567',
      'END:VCARD',
    ]);
  });

  it('numbers cards and leaves out a card nested in another (vCard 2.1 AGENT)', () => {
    const cards = splitVcards(
      'BEGIN:VCARD\nFN:A\nAGENT:\nBEGIN:VCARD\nFN:Agent\nEND:VCARD\nEND:VCARD\nBEGIN:VCARD\nFN:B\nEND:VCARD',
    );
    expect(cards.map((card) => [card.index, card.text.includes('Agent')])).toEqual([
      [1, false],
      [2, false],
    ]);
  });
});

describe('phoneLabelFrom', () => {
  it.each([
    [['CELL', 'VOICE', 'pref'], 'mobile'],
    [['WORK', 'FAX'], 'fax'],
    [['HomeFAX'], 'fax'],
    [['Work Fax'], 'fax'],
    [['* Mobile'], 'mobile'],
    [['iPhone'], 'mobile'],
    [['main'], 'main'],
    [['Company Main'], 'main'],
    [['work', 'voice'], 'work'],
    [['HOME'], 'home'],
    [['voice'], 'other'],
    [['Google Voice'], 'other'],
    [[], 'other'],
  ])('%j -> %s', (labels, label) => {
    expect(phoneLabelFrom(labels)).toBe(label);
  });
});
