import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { ImportReport } from '../../../shared/models/contact';
import { useT } from '../../i18n/use-t';
import { wordsText } from '../../i18n/words-text';

/** The entries of a file that are not imported, each with the reason. */
export function SkippedTable({ skipped }: { skipped: ImportReport['skipped'] }) {
  const captionId = useId();
  const t = useT();
  const intl = useIntl();
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
              <td>{wordsText(entry.item, intl)}</td>
              <td>{entry.reason.map((sentence) => wordsText(sentence, intl)).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
