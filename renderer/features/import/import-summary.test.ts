import { describe, expect, it } from 'vitest';
import { words } from '../../../shared/text/words';
import { importFormatOf } from '../../stores/contacts/import-format';
import { describeImport } from './import-summary';

describe('import wording', () => {
  it('says what will happen, then what happened', () => {
    const report = {
      imported: 1,
      merged: 2,
      skipped: [{ item: words('contacts.entryRow', { row: 2 }), reason: [words('contacts.noNameNoNumber')] }],
    };
    expect(describeImport(report, 'preview')).toBe(
      '1 contact will be added, 2 merged into contacts with the same number, 1 skipped.',
    );
    expect(describeImport({ ...report, imported: 1200 }, 'report')).toMatch(/^1,200 contacts added/);
  });

  it('tells vCard from CSV by extension, else by the first line', () => {
    expect(importFormatOf('Contacts.VCF', '')).toBe('vcard');
    expect(importFormatOf('google.csv', 'BEGIN:VCARD')).toBe('csv');
    expect(importFormatOf('export', '\uFEFFBEGIN:VCARD\r\n')).toBe('vcard');
    expect(importFormatOf('notes.txt', 'hello')).toBeNull();
  });
});
