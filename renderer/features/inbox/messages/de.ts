import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  noLine:
    'Mailbox und SMS gehören zu einer Twilio-Telefonleitung. Richten Sie eine unter Einstellungen, Telefonleitung ein.',
  syncing: 'Twilio wird auf neue Sprachnachrichten und SMS geprüft…',
  problem: 'Twilio konnte nicht geprüft werden: {message} {whatToDo}',
  notChecked: 'Noch nicht mit Twilio abgeglichen.',
  upToDate: 'Mit Twilio abgeglichen um {time}.',
  withSyncError: '{status} {syncError}',
  checkNow: 'Jetzt prüfen',
} satisfies Translation<typeof en>;
