import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import type { OfficeConfigFile } from '../../../shared/models/office-trunk';
import { configPasswordPlaceholder } from '../../../shared/models/office-trunk-names';
import { useT } from '../../i18n/use-t';
import { wordsText } from '../../i18n/words-text';
import { selectors, useOfficeTrunkStore } from '../../stores/office/office-trunk.store';
import { downloadText } from '../contacts/download-text';
import { officeFileText } from './office-file-text';

function ConfigFile({ file }: { file: OfficeConfigFile }) {
  const headingId = useId();
  const aboutId = useId();
  const [copied, setCopied] = useState(false);
  const t = useT();
  const intl = useIntl();
  const text = officeFileText(file, intl);
  const pending = useOfficeTrunkStore(selectors.pending);
  const fileToSave = useOfficeTrunkStore((state) => state.fileToSave);
  const hasPassword = text.includes(configPasswordPlaceholder);

  async function save() {
    // The real file is asked for on this click only, saved at once and kept nowhere here.
    const real = await fileToSave(file.fileName);
    if (real) downloadText(real.fileName, officeFileText(real, intl), 'text/plain;charset=utf-8');
  }

  return (
    <section className="wizard-panel office-file" aria-labelledby={headingId}>
      <h2 id={headingId} className="wizard-panel__title office-file__name">
        {file.fileName}
      </h2>
      <p id={aboutId} className="wizard-note">
        {wordsText(file.description, intl)}
        {hasPassword && t('office.passwordNote', { placeholder: configPasswordPlaceholder })}
      </p>
      <pre className="office-file__content" tabIndex={0} aria-labelledby={headingId} aria-describedby={aboutId}>
        {text}
      </pre>
      <div className="office-file__buttons">
        <button
          type="button"
          className="secondary-button"
          onClick={() => void navigator.clipboard.writeText(text).then(() => setCopied(true))}
        >
          {t('office.copyFile', { file: file.fileName })}
        </button>
        <button
          type="button"
          className="secondary-button"
          aria-disabled={pending !== null || undefined}
          onClick={() => pending === null && void save()}
        >
          {t('office.saveFile', { file: file.fileName })}
        </button>
        <span role="status" className="wizard-note">
          {copied ? t('office.copied') : ''}
        </span>
      </div>
    </section>
  );
}

/** Each file Dialtone wrote for the PBX, with Copy and Save; the firewall notes are one of them. */
export function OfficeConfigFiles({ files }: { files: readonly OfficeConfigFile[] }) {
  return (
    <div className="office-files">
      {files.map((file) => (
        <ConfigFile key={file.fileName} file={file} />
      ))}
    </div>
  );
}
