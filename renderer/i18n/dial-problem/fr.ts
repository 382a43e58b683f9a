import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  sipIncomplete: 'Cette adresse SIP est incomplète. Écrivez-la sous la forme sip:nom@exemple.com.',
  tooShort: 'Ce numéro est trop court. Saisissez le numéro complet, avec son indicatif régional.',
  tooLong: 'Ce numéro est trop long. Vérifiez qu’il ne contient pas de chiffres en trop.',
  wrongLength: 'Ce numéro n’a pas le bon nombre de chiffres. Vérifiez-le et réessayez.',
  unknownCountryCode: '+{code} n’est pas un indicatif de pays. Vérifiez les chiffres après le +.',
  typeSomething: 'Saisissez un numéro de téléphone, ou une adresse SIP comme sip:alice@exemple.com.',
  keypadCodes:
    'Les numéros contenant * ou # ne peuvent pas être composés. Pendant un appel, envoyez-les avec le clavier.',
  extension: 'Appelez d’abord le numéro principal, puis tapez le poste sur le clavier.',
  emergency: 'Dialtone ne peut pas appeler les services d’urgence. Utilisez un téléphone mobile ou fixe.',
  notInCountry:
    'Aucun numéro de téléphone ne commence ainsi en {country}. Vérifiez le numéro, ou commencez-le par + et l’indicatif du pays.',
  notValid: 'Ce numéro de téléphone n’est pas valide. Vérifiez les chiffres après l’indicatif du pays.',
  tooShortToCall: 'Dialtone ne peut pas appeler des numéros aussi courts.',
} satisfies Translation<typeof en>;
