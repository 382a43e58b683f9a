import { useId, useMemo, useState } from 'react';
import { useContactsStore, type ImportFile } from '../../stores/contacts/contacts.store';
import { csvColumnFields } from '../../../shared/models/contact-fields';
import { columnsPayload, importColumnFieldText, type ColumnChoices } from './column-fields';
import { readCsvHeader } from './csv-header';
import { useT } from '../../i18n/use-t';

interface ColumnsSectionProps {
  file: ImportFile;
  /** Main refused the file as it is: the section starts open and takes the focus. */
  refused: boolean;
  checking: boolean;
}

/** For a CSV file: which column holds what, one choice per field, each "Detected automatically" or a header cell. */
export function ColumnsSection({ file, refused, checking }: ColumnsSectionProps) {
  const baseId = useId();
  const introId = useId();
  const chooseColumns = useContactsStore((state) => state.chooseColumns);
  const t = useT();
  const headers = useMemo(() => readCsvHeader(file.content), [file.content]);
  // Open when it is needed; afterwards it stays as the person leaves it, even once the preview works.
  const [open, setOpen] = useState(refused);
  if (headers.length === 0) return null;

  const choices: ColumnChoices = file.columns;
  const choose = (field: keyof ColumnChoices, header: string) =>
    void chooseColumns(columnsPayload({ ...choices, [field]: header }));

  return (
    <details className="import-columns" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('import.columnsSummary')}</summary>
      <p id={introId} className="import-columns__intro">
        {t('import.columnsIntro')}
      </p>
      <div className="import-columns__fields">
        {csvColumnFields.map((field, index) => (
          <div key={field} className="import-columns__field">
            <label htmlFor={`${baseId}-${field}`}>{importColumnFieldText(field)}</label>
            <select
              id={`${baseId}-${field}`}
              value={choices[field] ?? ''}
              aria-describedby={index === 0 ? introId : undefined}
              data-autofocus={(refused && index === 0) || undefined}
              onChange={(event) => choose(field, event.target.value)}
            >
              <option value="">{t('import.detectedAutomatically')}</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <p className="import-columns__status" role="status">
        {checking ? t('import.updatingPreview') : ''}
      </p>
    </details>
  );
}
