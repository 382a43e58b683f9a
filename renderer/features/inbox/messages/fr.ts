import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  noLine:
    'La messagerie vocale et les SMS sont fournis avec une ligne téléphonique Twilio. Configurez-en une dans Réglages, Ligne téléphonique.',
  syncing: 'Recherche de nouveaux messages vocaux et SMS sur Twilio…',
  problem: 'Impossible de vérifier Twilio : {message} {whatToDo}',
  notChecked: 'Pas encore vérifié avec Twilio.',
  upToDate: 'À jour avec Twilio à {time}.',
  withSyncError: '{status} {syncError}',
  checkNow: 'Vérifier maintenant',
} satisfies Translation<typeof en>;
