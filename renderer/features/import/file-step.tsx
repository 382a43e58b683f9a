import { useContactsStore, type ImportStep } from '../../stores/contacts/contacts.store';
import { ColumnsSection } from './columns-section';
import { describeImport } from './import-summary';
import { PreviewTable } from './preview-table';
import { SkippedTable } from './skipped-table';
import { useT } from '../../i18n/use-t';

type FileStepProps = { step: Extract<ImportStep, { step: 'columns' | 'preview' | 'importing' }> };

/**
 * A file read by main: what it holds (or why main refused it), the columns of a CSV file, and Import. One tree
 * for the three steps, so a column chooser keeps its focus while the preview changes under it.
 */
export function FileStep({ step }: FileStepProps) {
  const runImport = useContactsStore((state) => state.runImport);
  const openImport = useContactsStore((state) => state.openImport);
  const t = useT();
  const { file } = step;
  const refused = step.step === 'columns';
  const importing = step.step === 'importing';
  const checking = step.step !== 'importing' && step.checking;
  const preview = step.step === 'columns' ? null : step.preview;
  const adds = preview ? preview.report.imported + preview.report.merged : 0;
  const blocked = importing || checking || adds === 0;
  return (
    <>
      {step.step === 'columns' ? (
        // A new alert for each answer, so the same refusal after another choice is announced again.
        <p key={checking ? 'checking' : 'refused'} className="contacts-problem" role={checking ? undefined : 'alert'}>
          {step.problem}
        </p>
      ) : (
        <p key="summary" className="import-summary" role="status">
          {t('import.fileSummary', { name: file.name, summary: describeImport(step.preview.report, 'preview') })}
        </p>
      )}
      {file.format === 'csv' && <ColumnsSection file={file} refused={refused} checking={checking} />}
      {preview && <PreviewTable preview={preview} />}
      {preview && <SkippedTable skipped={preview.report.skipped} />}
      {step.step === 'preview' && step.problem && (
        <p className="contacts-problem" role="alert">
          {step.problem}
        </p>
      )}
      <div className="contacts-dialog__buttons">
        <button
          type="button"
          className="secondary-button"
          onClick={openImport}
          disabled={importing}
          data-autofocus={refused || undefined}
        >
          {t('import.chooseAnother')}
        </button>
        {preview && (
          <button
            type="button"
            className="button"
            data-autofocus
            aria-disabled={blocked || undefined}
            onClick={() => !blocked && void runImport()}
          >
            {importing ? t('import.importing') : t('import.import')}
          </button>
        )}
      </div>
    </>
  );
}
