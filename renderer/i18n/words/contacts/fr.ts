import type { contactsWords } from '../../../../shared/text/contacts-words';
import type { Translation } from '../../catalogue-types';

export default {
  contactGone: 'Ce contact n’existe plus. Il a peut-être été supprimé ou fusionné.',
  contactAlreadyDeleted: 'Ce contact a déjà été supprimé.',
  mergeSameContact: 'Choisissez deux contacts différents à fusionner.',
  mergeTooManyNumbers:
    'Ensemble, ces contacts ont {count} numéros ; un contact en contient au plus {max}. Retirez-en de l’un des deux, puis fusionnez à nouveau.',
  mergeTooManySipAddresses:
    'Ensemble, ces contacts ont {count} adresses SIP ; un contact en contient au plus {max}. Retirez-en de l’un des deux, puis fusionnez à nouveau.',
  mergeTooManyEmails:
    'Ensemble, ces contacts ont {count} adresses e-mail ; un contact en contient au plus {max}. Retirez-en de l’un des deux, puis fusionnez à nouveau.',

  numberLooksSipIn:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible pour {country} : il ressemble à une adresse SIP. Placez-le plutôt dans Adresses SIP.',
  numberLooksSip:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible : il ressemble à une adresse SIP. Placez-le plutôt dans Adresses SIP.',
  numberHasCodesIn:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible pour {country} : les numéros contenant * ou # ne peuvent pas être appelés. Retirez ces codes.',
  numberHasCodes:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible : les numéros contenant * ou # ne peuvent pas être appelés. Retirez ces codes.',
  numberTooShortIn:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible pour {country} : il est trop court. Saisissez le numéro complet avec son indicatif régional, ou commencez-le par + et l’indicatif du pays.',
  numberTooShort:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible : il est trop court. Saisissez le numéro complet avec son indicatif régional, ou commencez-le par + et l’indicatif du pays.',
  numberTooLongIn:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible pour {country} : il a trop de chiffres. Vérifiez qu’il n’y a pas de chiffres en trop.',
  numberTooLong:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible : il a trop de chiffres. Vérifiez qu’il n’y a pas de chiffres en trop.',
  numberBadCountryCodeIn:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible pour {country} : les chiffres après le + ne forment pas un indicatif de pays. Vérifiez-les.',
  numberBadCountryCode:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible : les chiffres après le + ne forment pas un indicatif de pays. Vérifiez-les.',
  numberNotANumberIn:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible pour {country} : ce n’est pas un numéro de téléphone. Saisissez les chiffres, ou commencez par + et l’indicatif du pays.',
  numberNotANumber:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible : ce n’est pas un numéro de téléphone. Saisissez les chiffres, ou commencez par + et l’indicatif du pays.',
  numberUnknownIn:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible pour {country} : aucun numéro de ce pays ne s’écrit ainsi. Vérifiez les chiffres, ou commencez par + et l’indicatif du pays.',
  numberUnknown:
    'Le numéro de téléphone {position} (« {number} ») n’est pas un numéro possible : aucun numéro ne s’écrit ainsi. Vérifiez les chiffres, ou commencez par + et l’indicatif du pays.',

  fileEmptyVcard:
    'Ce fichier est vide. Exportez à nouveau vos contacts en vCard (.vcf) et choisissez le nouveau fichier.',
  fileEmptyCsv: 'Ce fichier est vide. Exportez à nouveau vos contacts en CSV et choisissez le nouveau fichier.',
  fileBinaryVcard:
    'Ce fichier n’est pas un fichier vCard : il contient des données binaires, pas du texte. Exportez vos contacts en vCard (.vcf) et réessayez.',
  fileBinaryCsv:
    'Ce fichier n’est pas un fichier CSV : il contient des données binaires, pas du texte. Exportez vos contacts en CSV et réessayez.',
  fileNotVcard:
    'Ce fichier n’est pas une vCard : il ne contient pas de BEGIN:VCARD. Exportez vos contacts en vCard (.vcf) et réessayez.',
  vcardCutOff:
    'Le fichier vCard s’arrête au milieu d’une fiche (la fiche {card} n’a pas de END:VCARD) : il est peut-être tronqué, donc rien n’a été importé. Exportez à nouveau vos contacts et choisissez le nouveau fichier.',
  csvIsVcard: 'Ce fichier est une vCard, pas un fichier CSV. Importez-le en tant que vCard (.vcf).',
  csvCutOff:
    'Le fichier CSV s’arrête à l’intérieur d’un champ entre guillemets (ouvert à la ligne {row}) : il est peut-être tronqué, donc rien n’a été importé.',
  csvNotAField: '« {field} » n’est pas un champ de contact dans lequel Dialtone peut importer une colonne.',
  csvNoSuchColumn:
    'Ce fichier CSV n’a pas de colonne nommée « {header} ». Vérifiez la ligne d’en-tête, ou choisissez une autre colonne.',
  csvNoHeader:
    'Ce fichier CSV n’a pas de ligne d’en-tête que Dialtone reconnaît : sa première ligne doit nommer les colonnes, par exemple « Name » et « Phone ». Exportez depuis Google Contacts ou Outlook, ou choisissez quelle colonne contient quoi.',
  fileUnreadable: 'Ce fichier n’a pas pu être lu ({detail}) ; rien n’a été importé.',
  fileUnreadableUnknown: 'Ce fichier n’a pas pu être lu (erreur inconnue) ; rien n’a été importé.',
  fileFailed: '{detail} Rien n’a été importé.',
  fileNotVcardRead: 'Il n’a pas pu être lu comme fichier vCard. Rien n’a été importé.',
  fileNotCsvRead: 'Il n’a pas pu être lu comme fichier CSV. Rien n’a été importé.',

  entryCard: 'fiche {card}',
  entryCardOf: 'fiche {card} ({name})',
  entryRow: 'ligne {row}',
  entryRowOf: 'ligne {row} ({name})',
  entryContact: 'Contact {position}',
  entryNamed: '{name}',
  entryNumberOf: '{name} : {number}',

  cardUnreadable: 'Cette fiche n’a pas pu être lue ({detail}).',
  cardLineUnreadable: '1 ligne n’était pas de la forme « nom:valeur » et a été écartée de cette fiche.',
  cardLinesUnreadable: '{count} lignes n’étaient pas de la forme « nom:valeur » et ont été écartées de cette fiche.',
  rowDamaged: 'Un champ entre guillemets de cette ligne est endommagé : la ligne a donc été écartée.',
  noName: 'pas de nom',
  noNameNoNumber: 'ni nom ni numéro de téléphone',
  notAContact: 'ne correspond pas au modèle de contact',
  notAValidContact: 'Ce n’est pas un contact valide.',
  numbersBeyond: '{count} numéros de téléphone au-delà des {max} premiers ont été écartés.',
  sipAddressesBeyond: '{count} adresses SIP au-delà des {max} premières ont été écartées.',
  emailsBeyond: '{count} adresses e-mail au-delà des {max} premières ont été écartées.',
  numberWithoutDigits: '« {number} » ne contient aucun chiffre : il a donc été écarté.',
  numberTooLongLeftOut: 'Un numéro de téléphone de plus de {max} caractères a été écarté.',
  sipAddressInvalid: '« {address} » n’est pas une adresse SIP valide : elle a donc été écartée.',
  emailInvalid: '« {address} » n’est pas une adresse e-mail valide : elle a donc été écartée.',
  nameShortened: 'Le nom dépassait 200 caractères et a été raccourci.',
  organisationShortened: 'L’organisation dépassait 200 caractères et a été raccourcie.',
  noteShortened: 'La note dépassait 10 000 caractères et a été raccourcie.',
  importedWithoutNumber: 'Le contact a été importé sans ce numéro.',
  alreadyThere: 'Déjà dans vos contacts sous le nom « {name} ».',
  noRoomToMerge:
    '« {name} » a le même numéro mais plus de place pour d’autres numéros ou adresses (20 au plus de chaque).',

  callAlreadyRemoved: 'Cet appel a déjà été retiré de l’historique.',
  accountGone: 'Ce compte n’existe plus. Rouvrez la liste des comptes et réessayez.',
  accountAlreadyRemoved: 'Ce compte a déjà été supprimé.',
  nothingToRedial: 'Aucun appel n’a encore été passé à recomposer. Appelez depuis le clavier ou l’historique.',
  nothingToCallBack: 'Il ne reste aucun appel manqué à rappeler. Appelez depuis le clavier ou l’historique.',

  callAudioGone: 'Cet appel est terminé, ou son audio a été reconnecté.',
  callAlreadyEnded: 'Cet appel est déjà terminé.',
  callNoAudioPath:
    'L’appel n’a pas encore de canal audio. Raccrochez et rappelez ; si le problème persiste, redémarrez Dialtone.',
  callAudioRefused: 'Dialtone n’a pas pu connecter l’audio de l’appel ({detail}). Redémarrez Dialtone, puis rappelez.',

  keyringUnavailable:
    'Dialtone ne peut pas enregistrer les mots de passe de façon sécurisée, car le trousseau du système n’est pas disponible. Rien n’a été enregistré. Déverrouillez ou configurez votre trousseau (sous Linux : GNOME Keyring ou KWallet), puis réessayez.',
  keyringMissing:
    'Dialtone n’enregistrera pas les mots de passe, car aucun trousseau système n’a été trouvé, seulement une solution de repli non protégée. Rien n’a été enregistré. Installez et déverrouillez GNOME Keyring ou KWallet, puis redémarrez Dialtone.',
} satisfies Translation<typeof contactsWords>;
