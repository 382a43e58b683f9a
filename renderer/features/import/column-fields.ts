import { csvColumnFields, type CsvColumnField } from '../../../shared/models/contact-fields';
import { translate } from '../../i18n/translate';
import type { MessageId } from '../../i18n/locale-messages';
import { phoneLabelText } from '../contacts/phone-labels';

/** Which header the person chose for each field; '' or absent is "Detected automatically". */
export type ColumnChoices = Partial<Record<CsvColumnField, string>>;

const fieldIds: Partial<Record<CsvColumnField, MessageId>> = {
  name: 'import.fieldName',
  firstName: 'import.fieldFirstName',
  middleName: 'import.fieldMiddleName',
  lastName: 'import.fieldLastName',
  organisation: 'import.fieldOrganisation',
  email: 'import.fieldEmail',
  sipAddress: 'import.fieldSipAddress',
  notes: 'import.fieldNotes',
};

/** A field as the column chooser names it, in the app's language; the phone fields by their label ("Mobile number"). */
export function importColumnFieldText(field: CsvColumnField): string {
  const id = fieldIds[field];
  if (id) return translate(id);
  return translate('import.fieldPhone', { label: phoneLabelText(field as Parameters<typeof phoneLabelText>[0]) });
}

/** The `columns` of contacts:import-preview and contacts:import: only the fields the person set. */
export function columnsPayload(choices: ColumnChoices): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const field of csvColumnFields) {
    const header = choices[field];
    if (header) columns[field] = header;
  }
  return columns;
}
