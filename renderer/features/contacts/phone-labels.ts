import type { PhoneLabel } from '../../../shared/models/contact';
import { translate } from '../../i18n/translate';
import type { MessageId } from '../../i18n/locale-messages';

const labelIds: Record<PhoneLabel, MessageId> = {
  mobile: 'contacts.labelMobile',
  work: 'contacts.labelWork',
  home: 'contacts.labelHome',
  main: 'contacts.labelMain',
  fax: 'contacts.labelFax',
  other: 'contacts.labelOther',
};

/** A number's label as the person reads it, in the app's language. */
export const phoneLabelText = (label: PhoneLabel): string => translate(labelIds[label]);

/** The labels a number can have, in the order the form offers them (shared/models/contact.ts's list). */
export const phoneLabelOptions = Object.keys(labelIds) as PhoneLabel[];
