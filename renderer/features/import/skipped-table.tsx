import { useId } from 'react';
import type { ImportReport } from '../../../shared/models/contact';
import { useT } from '../../i18n/use-t';

/** The entries of a file that are not imported, each with the reason. */
export function SkippedTable({ skipped }: { skipped: ImportReport['skipped'] }) {
  const captionId = useId();
  const t = useT();
  if (skipped.length === 0) return null;
  return (
    <div className="import-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="import-table">
        <caption id={captionId}>{t('import.skippedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.columnEntry')}</th>
            <th scope="col">{t('import.columnReason')}</th>
          </tr>
        </thead>
        <tbody>
          {skipped.map((entry, index) => (
            <tr key={index}>
              <td>{entry.item}</td>
              <td>{entry.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
