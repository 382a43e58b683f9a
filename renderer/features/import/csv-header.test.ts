import { describe, expect, it } from 'vitest';
import { readCsvHeader } from './csv-header';

describe('readCsvHeader', () => {
  it('reads quoted cells with commas and doubled quotes', () => {
    expect(readCsvHeader('"Who, really","Say ""hi""",Tel\nAda,hello,+44\n')).toEqual([
      'Who, really',
      'Say "hi"',
      'Tel',
    ]);
  });

  it('drops a BOM and reads CRLF line ends', () => {
    expect(readCsvHeader('\uFEFFWho,Tel,Firm\r\nAda Lovelace,+44 20 7946 0958,Analytical Engines\r\n')).toEqual([
      'Who',
      'Tel',
      'Firm',
    ]);
  });

  it('keeps a line break inside a quoted header cell', () => {
    expect(readCsvHeader('"Home\r\nPhone",Name\r\n1,2')).toEqual(['Home\r\nPhone', 'Name']);
  });

  it('reads semicolon and tab separated files', () => {
    expect(readCsvHeader('Who;Tel;"A;B"\n1;2;3\n')).toEqual(['Who', 'Tel', 'A;B']);
    expect(readCsvHeader('Who\tTel\tFirm\n1\t2\t3\n4\t5\t6\n')).toEqual(['Who', 'Tel', 'Firm']);
  });

  it('skips blank lines before the header, as main does', () => {
    expect(readCsvHeader('\r\n\r\nWho,Tel\r\n1,2\r\n')).toEqual(['Who', 'Tel']);
  });

  it('answers no cells for an empty or blank file', () => {
    expect(readCsvHeader('')).toEqual([]);
    expect(readCsvHeader('\uFEFF')).toEqual([]);
    expect(readCsvHeader('\n \n')).toEqual([]);
  });

  it('leaves out empty, repeated and over-long cells', () => {
    const long = 'x'.repeat(101);
    expect(readCsvHeader(`Name,, Name ,name,${long},Phone\n`)).toEqual(['Name', 'Phone']);
  });
});
