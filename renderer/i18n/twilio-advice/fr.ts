import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  checkCredentials:
    'Vérifiez l’Account SID et l’Auth Token (ou le SID et le secret de la clé API) dans la console Twilio, sous Account Info, puis collez-les à nouveau. Si vous vous êtes connecté avec une clé API, elle a peut-être été supprimée.',
  addressNeeded:
    'Ce numéro exige une adresse enregistrée. Ajoutez-en une dans la console Twilio sous Phone Numbers > Regulatory Compliance > Addresses, puis réessayez ; ou choisissez un numéro dont l’exigence d’adresse est « none ».',
  bundleNeeded:
    'Les numéros de ce pays et de ce type exigent un dossier réglementaire (bundle) approuvé. Créez-en un dans la console Twilio sous Phone Numbers > Regulatory Compliance > Bundles, puis réessayez ; ou choisissez un numéro d’un autre pays ou d’un autre type.',
  trialVerifiedOnly:
    'Les comptes d’essai ne peuvent appeler et envoyer des SMS qu’à des numéros vérifiés. Vérifiez ce numéro dans la console Twilio sous Phone Numbers > Verified Caller IDs, ou passez à un compte payant.',
  code20001:
    'Twilio n’a pas accepté une valeur envoyée par Dialtone. Réessayez ; si le problème persiste, signalez-le avec le code ci-dessus.',
  code20002:
    'Twilio n’a pas accepté un nom envoyé par Dialtone. Réessayez ; si le problème persiste, signalez-le avec le code ci-dessus.',
  code20005: 'Ce compte Twilio est suspendu ou fermé. Vérifiez son état dans la console Twilio, puis réessayez.',
  code20008:
    'Ce sont des identifiants de test, qui ne permettent pas cette opération. Utilisez l’Account SID et l’Auth Token de production indiqués dans la console Twilio.',
  code20403:
    'Ces identifiants n’ont pas le droit d’effectuer cette opération. Si vous vous êtes connecté avec une clé API restreinte, utilisez plutôt l’Auth Token ou une clé API standard.',
  code20404:
    'Twilio n’a pas trouvé un élément attendu par Dialtone ; il a peut-être été supprimé dans la console Twilio. Réessayez : Dialtone recrée ce qui manque.',
  code20429: 'Twilio reçoit trop de requêtes de ce compte en ce moment. Patientez une minute, puis réessayez.',
  code21651:
    'Les documents réglementaires enregistrés ne répondent pas aux exigences de ce numéro. Vérifiez votre dossier dans la console Twilio sous Phone Numbers > Regulatory Compliance, ou choisissez un autre numéro.',
  code21422: 'Ce numéro n’est plus disponible. Lancez une nouvelle recherche et choisissez-en un autre.',
  code21452:
    'Aucun numéro n’est disponible avec cet indicatif régional. Essayez un autre indicatif, ou cherchez sans indicatif.',
  code21421:
    'Ce numéro de téléphone n’est pas valide. Lancez une nouvelle recherche et choisissez un numéro parmi les résultats.',
  code10002:
    'Un compte d’essai ne peut avoir qu’un seul numéro de téléphone. Passez à un compte payant dans la console Twilio, ou utilisez le numéro d’essai que vous avez déjà.',
  code10004:
    'Trop d’appels sont en cours sur ce compte (les comptes d’essai et ceux récemment passés en payant ont des limites basses). Attendez la fin d’un appel, ou demandez à l’assistance Twilio de relever la limite.',
  code21230:
    'Ce compte a déjà 100 domaines SIP, la limite de Twilio. Supprimez ceux dont vous ne vous servez plus dans la console Twilio sous Voice > SIP Domains, puis réessayez.',
  twilioTrouble: 'Twilio a rencontré un problème temporaire. Patientez une minute, puis réessayez.',
  connectionUnreachable: 'Vérifiez votre connexion Internet et réessayez.',
  connectionTimeout:
    'Vérifiez votre connexion Internet et réessayez. Si le problème persiste, Twilio rencontre peut-être des difficultés : consultez status.twilio.com.',
  connectionInsecure:
    'Un pare-feu, un proxy ou un antivirus intercepte peut-être les connexions sécurisées, ou la date et l’heure de cet ordinateur sont peut-être fausses. Vérifiez-les, puis réessayez.',
} satisfies Translation<typeof en>;
