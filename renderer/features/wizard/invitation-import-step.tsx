import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { invitationFileExtension } from '../../../shared/models/line-invitation-limits';
import { useT } from '../../i18n/use-t';
import { selectors, useInvitationImportStore } from '../../stores/setup/invitation-import.store';
import { FieldShell, fieldAria } from '../../ui/field-shell';
import {
  invitationFields,
  invitationFormErrors,
  readInvitationFile,
  type InvitationErrors,
  type InvitationForm,
} from './invitation-form';
import { RequestErrorAlert } from './problem-alert';
import { SecretField } from './wizard-fields';
import { WizardButtons, WizardProgress, WizardStep } from './wizard-step';

/** "I was invited": the code pasted (or its file chosen) and the passphrase, opened and saved by main. */
export function InvitationImportStep({ onBack, onImported }: { onBack(): void; onImported(): void }) {
  const codeId = useId();
  const fileId = useId();
  const fileNoteId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<InvitationForm>({ text: '', passphrase: '' });
  const [attempted, setAttempted] = useState(false);
  const [fileNote, setFileNote] = useState<{ text: string; problem: boolean } | null>(null);
  const busy = useInvitationImportStore(selectors.importing);
  const failure = useInvitationImportStore(selectors.failure);
  const importInvitation = useInvitationImportStore((state) => state.importInvitation);
  const t = useT();
  const codeHint = t('wizard.invitationCodeHint');
  const errors: InvitationErrors = attempted ? invitationFormErrors(form, t) : {};

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = await readInvitationFile(file, t);
    if ('problem' in read) return setFileNote({ text: read.problem, problem: true });
    setForm((now) => ({ ...now, text: read.text }));
    setFileNote({ text: t('wizard.invitationFileInBox', { file: file.name }), problem: false });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    const found = invitationFormErrors(form, t);
    const invalid = invitationFields.find((field) => found[field] !== undefined);
    if (invalid) {
      formRef.current?.querySelector<HTMLElement>(`[name="${invalid}"]`)?.focus();
      return;
    }
    if (await importInvitation(form)) onImported();
  }

  return (
    <WizardStep step={null} heading={t('wizard.invitationHeading')} intro={t('wizard.invitationIntro')}>
      <form ref={formRef} className="wizard-form" noValidate onSubmit={(event) => void submit(event)}>
        <FieldShell id={codeId} label={t('wizard.invitationCodeLabel')} hint={codeHint} error={errors.text}>
          <textarea
            id={codeId}
            name="text"
            className="text-area"
            rows={4}
            value={form.text}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            {...fieldAria(codeId, codeHint, errors.text)}
            onChange={(event) => setForm((now) => ({ ...now, text: event.target.value }))}
          />
        </FieldShell>
        <FieldShell id={fileId} label={t('wizard.invitationFileLabel')}>
          <input
            id={fileId}
            type="file"
            accept={`${invitationFileExtension},.json,application/json,text/plain`}
            aria-describedby={fileNote ? fileNoteId : undefined}
            onChange={(event) => void chooseFile(event)}
          />
        </FieldShell>
        {fileNote && (
          <p id={fileNoteId} className="wizard-note" role={fileNote.problem ? 'alert' : 'status'}>
            {fileNote.text}
          </p>
        )}
        <SecretField
          name="passphrase"
          label={t('wizard.invitationPassphraseLabel')}
          hint={t('wizard.invitationPassphraseHint')}
          value={form.passphrase}
          error={errors.passphrase}
          onChange={(passphrase) => setForm((now) => ({ ...now, passphrase }))}
        />
        <RequestErrorAlert message={failure} />
        <WizardProgress busy={busy} text={t('wizard.invitationOpening')} />
        <WizardButtons onBack={onBack} busy={busy}>
          <button type="submit" className="button wizard-button" aria-disabled={busy || undefined}>
            {t('wizard.invitationImport')}
          </button>
        </WizardButtons>
      </form>
    </WizardStep>
  );
}
