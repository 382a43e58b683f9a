import { initialTables } from './0001-initial-tables';
import { accountTlsTrust } from './0002-account-tls-trust';
import { contactDetailsAndSearch } from './0003-contact-details-and-search';
import { callHistoryMissed } from './0004-call-history-missed';
import { setupProgress } from './0005-setup-progress';
import { voicemailAndMessages } from './0006-voicemail-and-messages';
import { callCallerVerified } from './0007-call-caller-verified';
import { callTransferredTo } from './0008-call-transferred-to';
import { officeTrunk } from './0009-office-trunk';
import { contactSipSearch } from './0010-contact-sip-search';
import { callPrice } from './0011-call-price';
import type { Migration } from './migration';

/** In order; append new migrations, never reorder or edit shipped ones. */
export const allMigrations: readonly Migration[] = [
  initialTables,
  accountTlsTrust,
  contactDetailsAndSearch,
  callHistoryMissed,
  setupProgress,
  voicemailAndMessages,
  callCallerVerified,
  callTransferredTo,
  officeTrunk,
  contactSipSearch,
  callPrice,
];
