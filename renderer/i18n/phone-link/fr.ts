import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  addressTooLong: 'Cette adresse est trop longue pour être appelée. Vérifiez le lien.',
  telDamaged: 'Ce lien téléphonique est endommagé (son encodage % est incorrect). Copiez plutôt le numéro.',
  telNoNumber: 'Ce lien téléphonique ne contient aucun numéro.',
  telHoldsAddress: 'Ce lien tel: contient une adresse, pas un numéro de téléphone. Vérifiez le lien.',
  localNotWhole:
    'Ce lien donne {number} comme numéro local dans {prefix}, ce qui ne forme pas un numéro complet. Demandez le numéro complet.',
  localElsewhere: 'Ce lien est un numéro local de {context}, que Dialtone ne peut pas appeler d’ici.',
  sipNoAddress: 'Ce lien SIP ne contient aucune adresse. Une adresse SIP ressemble à sip:alice@exemple.com.',
  sipDamaged: 'Ce lien SIP est endommagé (son encodage % est incorrect). Copiez plutôt l’adresse.',
  sipBadName: 'Ce lien SIP contient un nom que Dialtone ne peut pas appeler. Vérifiez le lien.',
  calltoDamaged: 'Ce lien callto: est endommagé (son encodage % est incorrect). Copiez plutôt le numéro.',
  calltoNoNumber: 'Ce lien callto: ne contient aucun numéro.',
  skypeName:
    '« {name} » est un nom Skype, pas un numéro de téléphone. Dialtone appelle des numéros de téléphone et des adresses SIP : demandez plutôt son numéro.',
  empty: 'Ce lien est vide. Dialtone ouvre les liens tel:, sip: et callto:.',
  linkTooLong: 'Ce lien est trop long pour être un numéro de téléphone ou une adresse SIP.',
  notALink: 'Ce n’est pas un lien téléphonique. Dialtone ouvre les liens tel:, sip: et callto:.',
  skypeLink:
    'Les liens Skype appellent des comptes Skype, que Dialtone ne peut pas joindre. Demandez plutôt un numéro de téléphone.',
  otherScheme: 'Dialtone ne peut pas ouvrir les liens {scheme}:. Dialtone ouvre les liens tel:, sip: et callto:.',
} satisfies Translation<typeof en>;
