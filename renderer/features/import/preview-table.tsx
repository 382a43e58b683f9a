import { useId } from 'react';
import type { ImportPreview } from '../../stores/contacts/contacts.store';

/** The first contacts of the file as they will be saved: name, organisation, numbers and addresses. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const captionId = useId();
  const shown = preview.contacts.length;
  return (
    <div className="import-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="import-table">
        <caption id={captionId}>
          {shown < preview.total
            ? `The first ${shown} of ${preview.total.toLocaleString()} contacts in the file`
            : `The ${shown === 1 ? 'contact' : `${shown} contacts`} in the file`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Numbers</th>
            <th scope="col">SIP and e-mail</th>
          </tr>
        </thead>
        <tbody>
          {preview.contacts.map((contact, index) => (
            <tr key={index}>
              <td>
                {contact.name}
                {contact.organisation && <span className="import-table__muted"> ({contact.organisation})</span>}
              </td>
              <td>
                {contact.phones.map((phone, at) => (
                  <div key={at}>
                    <span className="import-table__muted">{phone.label}</span> {phone.number}
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
