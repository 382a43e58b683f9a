import type { PhoneLabel } from '../../../shared/models/contact';

/** The labels a number can have, in the order the form offers them (shared/models/contact.ts's list). */
export const phoneLabelText: Record<PhoneLabel, string> = {
  mobile: 'Mobile',
  work: 'Work',
  home: 'Home',
  main: 'Main',
  fax: 'Fax',
  other: 'Other',
};

export const phoneLabelOptions = Object.keys(phoneLabelText) as PhoneLabel[];
