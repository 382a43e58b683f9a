import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import { assertNever } from '../../../shared/assert-never';
import { selectors, useContactsStore, type ImportStep } from '../../stores/contacts/contacts.store';
import { ModalDialog } from '../../ui/modal-dialog';
import { FileStep } from './file-step';
import { describeImport } from './import-summary';
import { SkippedTable } from './skipped-table';
import { useT } from '../../i18n/use-t';
import './import.css';

const maxFileBytes = 50_000_000;

function ChooseFile({ problem }: { problem: string | null }) {
  const inputId = useId();
  const helpId = useId();
  const previewFile = useContactsStore((state) => state.previewFile);
  const refuseFile = useContactsStore((state) => state.refuseFile);
  const t = useT();

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > maxFileBytes) return refuseFile(t('import.tooLarge', { name: file.name }));
    await previewFile(file.name, await file.text());
  }

  return (
    <>
      <p id={helpId} className="contacts-dialog__intro">
        {t('import.chooseIntro')}
      </p>
      <label htmlFor={inputId} className="import-file__label">
        {t('import.fileLabel')}
      </label>
      <input
        id={inputId}
        className="import-file__input"
        type="file"
        accept=".vcf,.vcard,.csv,text/vcard,text/x-vcard,text/csv"
        data-autofocus
        aria-describedby={helpId}
        onChange={(event) => void onChange(event)}
      />
      {problem && (
        <p className="contacts-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

function StepBody({ step }: { step: ImportStep }) {
  const close = useContactsStore((state) => state.closeImport);
  const t = useT();
  switch (step.step) {
    case 'closed':
      return null;
    case 'choose':
      return <ChooseFile problem={step.problem} />;
    case 'reading':
      return <p role="status">{t('import.reading', { name: step.fileName })}</p>;
    case 'columns':
    case 'preview':
    case 'importing':
      return <FileStep step={step} />;
    case 'done':
      return (
        <>
          <p className="import-summary" role="status">
            {t('import.importedFrom', { name: step.fileName, summary: describeImport(step.report, 'report') })}
          </p>
          <SkippedTable skipped={step.report.skipped} />
          <div className="contacts-dialog__buttons">
            <button type="button" className="button" data-autofocus onClick={close}>
              {t('import.done')}
            </button>
          </div>
        </>
      );
    default:
      return assertNever(step);
  }
}

/** Import: choose a file, see what will be imported, merged and skipped and why, import it in one go, read the report. */
export function ImportDialog() {
  const titleId = useId();
  const step = useContactsStore(selectors.importStep);
  const close = useContactsStore((state) => state.closeImport);
  const contentRef = useRef<HTMLDivElement>(null);
  const t = useT();

  // Each step replaces the buttons: focus moves to the new step's main control instead of being lost.
  useEffect(() => {
    const content = contentRef.current;
    if (content && !content.contains(document.activeElement)) {
      content.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
  }, [step.step]);

  return (
    <ModalDialog
      className="contacts-dialog contacts-dialog--wide"
      labelledBy={titleId}
      onCancel={close}
      fallbackFocus={() => document.querySelector<HTMLElement>('.contacts-search input')}
    >
      <div className="contacts-dialog__content" ref={contentRef}>
        <div className="import-dialog__header">
          <h2 id={titleId} className="contacts-dialog__title">
            {t('import.title')}
          </h2>
          <button type="button" className="link-button" onClick={close}>
            {t('import.close')}
          </button>
        </div>
        <StepBody step={step} />
      </div>
    </ModalDialog>
  );
}
