import type { ImportReport } from '../../../shared/models/contact';
import { translate } from '../../i18n/translate';

/** "12 contacts will be added, 3 merged into contacts with the same number, 1 skipped", before (preview) or after (report). */
export function describeImport(report: ImportReport, when: 'preview' | 'report'): string {
  const values = { imported: report.imported, merged: report.merged, skipped: report.skipped.length };
  return translate(when === 'preview' ? 'import.summaryPreview' : 'import.summaryReport', values);
}
