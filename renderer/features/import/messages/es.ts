import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  title: 'Importar contactos',
  close: 'Cerrar',
  done: 'Listo',
  tooLarge: '{name} ocupa más de 50 MB. Divídelo e importa las partes.',
  chooseIntro:
    'Elige un archivo vCard (.vcf, de tu teléfono, iCloud u Outlook) o un archivo CSV exportado de Google Contactos u Outlook. Verás lo que contiene antes de que se guarde nada.',
  fileLabel: 'Archivo de contactos (.vcf o .csv)',
  reading: 'Leyendo {name}…',
  importedFrom: 'Importado de {name}: {summary}',
  fileSummary: '{name}: {summary}',
  chooseAnother: 'Elegir otro archivo',
  import: 'Importar',
  importing: 'Importando…',
  columnsSummary: 'Elegir qué columna contiene qué',
  columnsIntro:
    'Dialtone lee las columnas de la primera fila del archivo. Elige una columna para un campo si quieres usarla en su lugar; la vista previa sigue tus elecciones.',
  detectedAutomatically: 'Detectada automáticamente',
  updatingPreview: 'Actualizando la vista previa…',
  previewFirst: 'Los primeros {shown} de {total, number} contactos del archivo',
  previewAll: '{shown, plural, one {El contacto del archivo} other {Los # contactos del archivo}}',
  organisationAfterName: ' ({organisation})',
  columnName: 'Nombre',
  columnNumbers: 'Números',
  columnAddresses: 'SIP y correo',
  skippedCaption: 'Omitidos, y por qué',
  columnEntry: 'Entrada',
  columnReason: 'Motivo',
  summaryPreview:
    '{imported, plural, one {Se añadirá # contacto} other {Se añadirán # contactos}}, {merged, number} combinados con contactos con el mismo número, {skipped, number} omitidos.',
  summaryReport:
    '{imported, plural, one {# contacto añadido} other {# contactos añadidos}}, {merged, number} combinados con contactos con el mismo número, {skipped, number} omitidos.',
  fieldName: 'Nombre',
  fieldFirstName: 'Nombre de pila',
  fieldMiddleName: 'Segundo nombre',
  fieldLastName: 'Apellidos',
  fieldOrganisation: 'Organización',
  fieldPhone: 'Número ({label})',
  fieldEmail: 'Correo electrónico',
  fieldSipAddress: 'Dirección SIP',
  fieldNotes: 'Notas',
} satisfies Translation<typeof en>;
