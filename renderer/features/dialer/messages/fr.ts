import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  heading: 'Clavier',
  hintEmpty:
    'Saisissez ou collez un numéro dans n’importe quel format, ou une adresse SIP. Les numéros sans + sont composés selon l’indicatif de ce pays : {country}.',
  hintReady: 'Appuyez sur Entrée pour appeler le {number}.',
  keypadLabel: 'Pavé numérique',
  call: 'Appeler',
  calling: 'Appel en cours…',
  redial: 'Rappeler',
  redialNumber: 'Rappeler le {number}',
  redialTitle: 'Rappeler le {number}',
  nothingDialled: 'Aucun numéro composé pour l’instant',
  text: 'SMS',
  textTitle: 'Envoyer un SMS au {number}',
  textNothing: 'Saisissez un numéro de téléphone pour lui envoyer un SMS',
  noLine:
    'Vous n’avez pas encore de ligne téléphonique. Configurez-en une dans Réglages ; vos appels partiront ensuite d’ici.',
  pricePerMinute: '{price} la minute sur votre ligne Twilio',
  priceUnknown: 'Twilio n’indique pas de tarif pour ce numéro ; vous pouvez tout de même l’appeler.',
  priceUnavailable: 'Impossible de vérifier le tarif à la minute pour le moment ; vous pouvez tout de même appeler.',
  numberLabel: 'Numéro ou adresse SIP',
  deleteDigit: 'Effacer le dernier chiffre',
  deleteDigitTitle: 'Effacer le dernier chiffre (Retour arrière)',
  suggestionsLabel: 'Contacts correspondants',
  favouriteMark: ', favori',
  favouritesHeading: 'Favoris',
  noFavourites: 'Aucun favori pour l’instant. Ajoutez une étoile à un contact pour le retrouver ici.',
  recentsHeading: 'Appels récents',
  noRecents: 'Les appels passés et reçus s’affichent ici.',
  callPerson: 'Appeler {name}',
  recentDetail: '{kind, select, missed {Manqué} incoming {Entrant} other {Sortant}}, {when}',
  favouriteToggle: 'Favori : {name}',
  addFavourite: 'Ajouter aux favoris',
  removeFavourite: 'Retirer des favoris',
} satisfies Translation<typeof en>;
