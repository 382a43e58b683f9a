import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  heading: 'Wähltastatur',
  hintEmpty:
    'Geben Sie eine Nummer in beliebigem Format oder eine SIP-Adresse ein oder fügen Sie sie ein. Nummern ohne + gelten als Nummern aus diesem Land: {country}.',
  hintReady: 'Drücken Sie die Eingabetaste, um {number} anzurufen.',
  keypadLabel: 'Tastenfeld',
  call: 'Anrufen',
  calling: 'Wird angerufen…',
  redial: 'Wahlwiederholung',
  redialNumber: 'Wahlwiederholung: {number}',
  redialTitle: '{number} erneut anrufen',
  nothingDialled: 'Noch keine Nummer gewählt',
  text: 'SMS',
  textTitle: 'SMS an {number} senden',
  textNothing: 'Geben Sie eine Telefonnummer ein, um ihr eine SMS zu senden',
  noLine:
    'Sie haben noch keine Telefonleitung. Richten Sie eine in den Einstellungen ein; Anrufe gehen dann von hier aus darüber.',
  pricePerMinute: '{price} pro Minute über Ihre Twilio-Leitung',
  priceUnknown: 'Twilio nennt für diese Nummer keinen Preis. Sie können sie trotzdem anrufen.',
  priceUnavailable: 'Der Minutenpreis lässt sich gerade nicht abrufen. Sie können trotzdem anrufen.',
  numberLabel: 'Nummer oder SIP-Adresse',
  deleteDigit: 'Letzte Ziffer löschen',
  deleteDigitTitle: 'Letzte Ziffer löschen (Rücktaste)',
  suggestionsLabel: 'Passende Kontakte',
  favouriteMark: ', Favorit',
  favouritesHeading: 'Favoriten',
  noFavourites: 'Noch keine Favoriten. Markieren Sie einen Kontakt mit dem Stern, damit er hier erscheint.',
  recentsHeading: 'Letzte Anrufe',
  noRecents: 'Getätigte und empfangene Anrufe erscheinen hier.',
  callPerson: '{name} anrufen',
  recentDetail: '{kind, select, missed {Verpasst} incoming {Eingehend} other {Ausgehend}}, {when}',
  favouriteToggle: 'Favorit: {name}',
  addFavourite: 'Zu Favoriten hinzufügen',
  removeFavourite: 'Aus Favoriten entfernen',
} satisfies Translation<typeof en>;
