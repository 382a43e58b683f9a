import type { ImportFormat } from '../../../shared/models/contact';

/** vCard or CSV, from the file's extension or, failing that, its first line. */
export function importFormatOf(name: string, content: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'vcf' || extension === 'vcard') return 'vcard';
  if (extension === 'csv') return 'csv';
  if (/^\uFEFF?\s*BEGIN:VCARD/i.test(content)) return 'vcard';
  return null;
}
