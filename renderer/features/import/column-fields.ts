import {
  csvColumnFields,
  phoneLabels,
  type CsvColumnField,
  type PhoneLabel,
} from '../../../shared/models/contact-fields';
import { phoneLabelText } from '../contacts/phone-labels';

/** Which header the person chose for each field; '' or absent is "Detected automatically". */
export type ColumnChoices = Partial<Record<CsvColumnField, string>>;

const phoneFieldText = Object.fromEntries(
  phoneLabels.map((label) => [label, `${phoneLabelText[label]} number`]),
) as Record<PhoneLabel, string>;

export const importColumnFieldText: Record<CsvColumnField, string> = {
  name: 'Name',
  firstName: 'First name',
  middleName: 'Middle name',
  lastName: 'Last name',
  organisation: 'Organisation',
  ...phoneFieldText,
  email: 'Email',
  sipAddress: 'SIP address',
  notes: 'Notes',
};

/** The `columns` of contacts:import-preview and contacts:import: only the fields the person set. */
export function columnsPayload(choices: ColumnChoices): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const field of csvColumnFields) {
    const header = choices[field];
    if (header) columns[field] = header;
  }
  return columns;
}
