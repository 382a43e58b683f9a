import { useId } from 'react';
import type { ImportPreview } from '../../stores/contacts/contacts.store';
import { useT } from '../../i18n/use-t';
import { phoneLabelText } from '../contacts/phone-labels';

/** The first contacts of the file as they will be saved: name, organisation, numbers and addresses. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const captionId = useId();
  const t = useT();
  const shown = preview.contacts.length;
  return (
    <div className="import-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="import-table">
        <caption id={captionId}>
          {shown < preview.total
            ? t('import.previewFirst', { shown, total: preview.total })
            : t('import.previewAll', { shown })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('import.columnName')}</th>
            <th scope="col">{t('import.columnNumbers')}</th>
            <th scope="col">{t('import.columnAddresses')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.contacts.map((contact, index) => (
            <tr key={index}>
              <td>
                {contact.name}
                {contact.organisation && (
                  <span className="import-table__muted">
                    {t('import.organisationAfterName', { organisation: contact.organisation })}
                  </span>
                )}
              </td>
              <td>
                {contact.phones.map((phone, at) => (
                  <div key={at}>
                    <span className="import-table__muted">{phoneLabelText(phone.label)}</span> {phone.number}
                  </div>
                ))}
              </td>
              <td>
                {[...contact.sipAddresses, ...contact.emails].map((value) => (
                  <div key={value}>{value}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
