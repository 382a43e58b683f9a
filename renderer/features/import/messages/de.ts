import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  title: 'Kontakte importieren',
  close: 'Schließen',
  done: 'Fertig',
  tooLarge: '{name} ist größer als 50 MB. Teilen Sie die Datei auf und importieren Sie die Teile.',
  chooseIntro:
    'Wählen Sie eine vCard-Datei (.vcf, von Ihrem Telefon, aus iCloud oder Outlook) oder eine aus Google Kontakte oder Outlook exportierte CSV-Datei. Sie sehen den Inhalt, bevor etwas gespeichert wird.',
  fileLabel: 'Kontaktdatei (.vcf oder .csv)',
  reading: '{name} wird gelesen…',
  importedFrom: 'Aus {name} importiert: {summary}',
  fileSummary: '{name}: {summary}',
  chooseAnother: 'Andere Datei wählen',
  import: 'Importieren',
  importing: 'Wird importiert…',
  columnsSummary: 'Festlegen, welche Spalte was enthält',
  columnsIntro:
    'Dialtone liest die Spalten aus der ersten Zeile der Datei. Wählen Sie für ein Feld eine Spalte, um stattdessen diese zu verwenden; die Vorschau folgt Ihrer Auswahl.',
  detectedAutomatically: 'Automatisch erkannt',
  updatingPreview: 'Vorschau wird aktualisiert…',
  previewFirst: 'Die ersten {shown} von {total, number} Kontakten in der Datei',
  previewAll: '{shown, plural, one {Der Kontakt in der Datei} other {Die # Kontakte in der Datei}}',
  organisationAfterName: ' ({organisation})',
  columnName: 'Name',
  columnNumbers: 'Nummern',
  columnAddresses: 'SIP und E-Mail',
  skippedCaption: 'Übersprungen, und warum',
  columnEntry: 'Eintrag',
  columnReason: 'Grund',
  summaryPreview:
    '{imported, plural, one {# Kontakt wird hinzugefügt} other {# Kontakte werden hinzugefügt}}, {merged, number} mit Kontakten derselben Nummer zusammengeführt, {skipped, number} übersprungen.',
  summaryReport:
    '{imported, plural, one {# Kontakt hinzugefügt} other {# Kontakte hinzugefügt}}, {merged, number} mit Kontakten derselben Nummer zusammengeführt, {skipped, number} übersprungen.',
  fieldName: 'Name',
  fieldFirstName: 'Vorname',
  fieldMiddleName: 'Zweiter Vorname',
  fieldLastName: 'Nachname',
  fieldOrganisation: 'Organisation',
  fieldPhone: 'Nummer ({label})',
  fieldEmail: 'E-Mail',
  fieldSipAddress: 'SIP-Adresse',
  fieldNotes: 'Notizen',
} satisfies Translation<typeof en>;
