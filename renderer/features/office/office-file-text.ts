import type { IntlShape } from 'react-intl';
import type { OfficeConfigFile } from '../../../shared/models/office-trunk';
import { officeNotesText } from '../../../shared/models/office-trunk-names';
import { wordsText } from '../../i18n/words-text';

/** A generated file as the person reads, copies and saves it: the firewall notes in their language, config as main wrote it. */
export function officeFileText(file: OfficeConfigFile, intl?: IntlShape): string {
  return file.notes ? officeNotesText(file.notes, (line) => wordsText(line, intl)) : file.content;
}
