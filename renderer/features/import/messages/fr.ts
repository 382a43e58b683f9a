import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  title: 'Importer des contacts',
  close: 'Fermer',
  done: 'Terminé',
  tooLarge: '{name} dépasse 50 Mo. Découpez-le et importez les parties.',
  chooseIntro:
    'Choisissez un fichier vCard (.vcf, de votre téléphone, d’iCloud ou d’Outlook) ou un fichier CSV exporté de Google Contacts ou d’Outlook. Vous verrez son contenu avant tout enregistrement.',
  fileLabel: 'Fichier de contacts (.vcf ou .csv)',
  reading: 'Lecture de {name}…',
  importedFrom: 'Importé depuis {name} : {summary}',
  fileSummary: '{name} : {summary}',
  chooseAnother: 'Choisir un autre fichier',
  import: 'Importer',
  importing: 'Importation…',
  columnsSummary: 'Choisir quelle colonne contient quoi',
  columnsIntro:
    'Dialtone lit les colonnes dans la première ligne du fichier. Choisissez une colonne pour un champ afin de l’utiliser à la place ; l’aperçu suit vos choix.',
  detectedAutomatically: 'Détectée automatiquement',
  updatingPreview: 'Mise à jour de l’aperçu…',
  previewFirst: 'Les {shown} premiers des {total, number} contacts du fichier',
  previewAll: '{shown, plural, one {Le contact du fichier} other {Les # contacts du fichier}}',
  organisationAfterName: ' ({organisation})',
  columnName: 'Nom',
  columnNumbers: 'Numéros',
  columnAddresses: 'SIP et e-mail',
  skippedCaption: 'Ignorés, et pourquoi',
  columnEntry: 'Entrée',
  columnReason: 'Raison',
  summaryPreview:
    '{imported, plural, one {# contact sera ajouté} other {# contacts seront ajoutés}}, {merged, number} fusionnés avec des contacts ayant le même numéro, {skipped, number} ignorés.',
  summaryReport:
    '{imported, plural, one {# contact ajouté} other {# contacts ajoutés}}, {merged, number} fusionnés avec des contacts ayant le même numéro, {skipped, number} ignorés.',
  fieldName: 'Nom',
  fieldFirstName: 'Prénom',
  fieldMiddleName: 'Deuxième prénom',
  fieldLastName: 'Nom de famille',
  fieldOrganisation: 'Organisation',
  fieldPhone: 'Numéro ({label})',
  fieldEmail: 'E-mail',
  fieldSipAddress: 'Adresse SIP',
  fieldNotes: 'Notes',
} satisfies Translation<typeof en>;
