import type { ImportReport } from '../../../shared/models/contact';

const count = (value: number) => value.toLocaleString();
const contacts = (value: number) => `${count(value)} ${value === 1 ? 'contact' : 'contacts'}`;

/** "12 contacts will be added, 3 merged into contacts with the same number, 1 skipped", before (preview) or after (report). */
export function describeImport(report: ImportReport, when: 'preview' | 'report'): string {
  const merged = `${count(report.merged)} merged into contacts with the same number`;
  const skipped = `${count(report.skipped.length)} skipped`;
  return when === 'preview'
    ? `${contacts(report.imported)} will be added, ${merged}, ${skipped}.`
    : `${contacts(report.imported)} added, ${merged}, ${skipped}.`;
}
