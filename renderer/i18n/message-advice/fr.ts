import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  title20003: 'Twilio n’a pas accepté la connexion de Dialtone',
  do20003:
    'L’Account SID et l’Auth Token (ou la clé API) qu’utilise Dialtone ont été modifiés ou supprimés, ou le compte est suspendu. Reconnectez votre compte Twilio dans les Réglages, puis renvoyez le message.',
  title21211: 'Ce n’est pas un numéro qui peut recevoir des SMS',
  do21211:
    'Vérifiez le numéro et écrivez-le avec son indicatif de pays, par exemple +33 6 12 34 56 78. Les numéros courts (comme 12345) et les noms d’expéditeur (comme AMAZON) ne peuvent pas recevoir de SMS.',
  title21408: 'Votre compte Twilio ne peut pas envoyer de SMS vers ce pays',
  do21408:
    'Twilio n’envoie des SMS que vers les pays autorisés dans ses Messaging Geographic Permissions. Autorisez le pays dans la console Twilio sous Messaging > Settings > Geo permissions, puis renvoyez le message.',
  title21606: 'Votre numéro ne peut pas envoyer ce SMS',
  do21606:
    'Twilio ne permet pas à ce numéro d’envoyer des SMS, ou pas vers cette destination. Vérifiez ses fonctionnalités dans la console Twilio sous Phone Numbers > Active numbers, ou envoyez le SMS depuis un numéro qui le permet.',
  title21608: 'Un compte d’essai ne peut envoyer de SMS qu’à des numéros vérifiés',
  do21608:
    'Vérifiez ce numéro dans la console Twilio sous Phone Numbers > Verified Caller IDs, ou passez à un compte payant.',
  title21610: 'Cette personne s’est désabonnée de vos SMS',
  do21610:
    'Elle a répondu STOP à votre numéro, et Twilio ne lui enverra plus de SMS tant qu’elle n’y aura pas envoyé START. Appelez-la si vous devez la joindre.',
  title21612: 'Twilio ne peut pas acheminer de SMS entre votre numéro et celui-ci',
  do21612:
    'Ce numéro ne peut pas recevoir de SMS depuis le vôtre ; c’est peut-être une ligne fixe. Vérifiez le numéro, ou appelez plutôt.',
  title21614: 'Ce n’est pas un numéro de mobile',
  do21614:
    'C’est probablement une ligne fixe, ou un numéro qui n’existe pas : il ne peut donc pas recevoir de SMS. Appelez plutôt la personne, ou demandez-lui un numéro de mobile.',
  title30001: 'Le SMS a trop attendu dans la file d’attente de Twilio',
  do30001:
    'Twilio envoie environ un segment par seconde depuis un numéro local et a abandonné ce SMS après des heures d’attente. Renvoyez-le.',
  title30002: 'Votre compte Twilio est suspendu',
  do30002:
    'Twilio a cessé d’envoyer car le compte est suspendu, souvent pour un solde impayé. Lisez l’e-mail de Twilio à ce sujet, réglez le solde dans la console Twilio ou contactez l’assistance Twilio, puis renvoyez le message.',
  title30003: 'Le téléphone est injoignable',
  do30003:
    'Il est peut-être éteint, hors couverture ou incapable de recevoir des SMS. Renvoyez le message plus tard, ou appelez plutôt.',
  title30004: 'Le numéro du destinataire a bloqué ce SMS',
  do30004:
    'La personne a peut-être bloqué votre numéro ou s’en est désabonnée. Demandez-le-lui, par un appel par exemple ; si elle a répondu STOP, elle peut envoyer START à votre numéro.',
  title30005: 'Le numéro est inconnu ou n’est plus attribué',
  do30005: 'Vérifiez le numéro avec la personne : il a peut-être été résilié ou n’a jamais existé.',
  title30006: 'Ce numéro ne peut pas recevoir de SMS',
  do30006:
    'C’est probablement une ligne fixe, ou son opérateur est injoignable. Appelez plutôt la personne, ou demandez-lui un numéro de mobile.',
  title30007: 'Le SMS a été filtré comme indésirable',
  do30007:
    'Twilio ou l’opérateur du destinataire l’a bloqué comme spam possible. Écrivez plus simplement et sans liens ; si le problème persiste, contactez l’assistance Twilio avec les détails du message.',
  title30008: 'L’envoi a échoué pour une raison que l’opérateur n’a pas donnée',
  do30008:
    'Renvoyez-le dans quelques minutes. S’il échoue encore, contactez l’assistance Twilio avec les détails du message.',
  title30032: 'Ce numéro gratuit n’est pas vérifié pour l’envoi de SMS',
  do30032:
    'Twilio bloque les SMS envoyés depuis un numéro gratuit vers les États-Unis et le Canada tant que sa Toll-Free Verification n’est pas approuvée. Soumettez-la dans la console Twilio (Phone Numbers > Active numbers, Regulatory Information du numéro), puis renvoyez le message une fois approuvée.',
  title30034: 'Votre numéro n’est pas enregistré pour les SMS aux États-Unis (A2P 10DLC)',
  do30034:
    'Les opérateurs américains ne distribuent les SMS envoyés depuis un numéro local (à 10 chiffres) des États-Unis ou du Canada qu’une fois ce numéro enregistré pour A2P 10DLC. Dans la console Twilio, sous Messaging > Regulatory Compliance (Trust Hub), enregistrez une Brand (qui vous êtes) et une Campaign (ce que vous envoyez), puis ajoutez ce numéro au Messaging Service de la Campaign. L’approbation prend plusieurs jours ; d’ici là, les SMS vers les États-Unis échouent.',
  title30035: 'L’enregistrement A2P 10DLC de votre numéro n’est pas terminé',
  do30035:
    'Twilio est encore en train d’enregistrer ce numéro auprès des opérateurs américains. Vérifiez son état dans la console Twilio sous Messaging > Regulatory Compliance, et renvoyez le message une fois le numéro rattaché à une Campaign approuvée.',
  title30036: 'Le SMS a expiré avant que Twilio puisse l’envoyer',
  do30036: 'Il a attendu dans la file d’attente de Twilio plus longtemps que permis. Renvoyez-le.',
  noReasonTitle: 'Twilio n’a donné aucune raison',
  noReasonDo: 'Vérifiez le numéro, puis renvoyez le message.',
  unknownTitle: 'Twilio n’a pas pu envoyer ce SMS (erreur {code})',
  unknownDo:
    'Renvoyez-le. S’il échoue encore, consultez l’erreur {code} sur le site de Twilio, ou contactez l’assistance Twilio avec les détails du message.',
  oddTitle: 'Twilio n’a pas pu envoyer ce SMS',
  oddDo: 'Renvoyez-le. S’il échoue encore, contactez l’assistance Twilio avec les détails du message.',
  linkErrorPage: 'À propos de l’erreur {code} sur le site de Twilio',
  linkA2p10dlc: 'S’enregistrer pour A2P 10DLC sur Twilio',
} satisfies Translation<typeof en>;
