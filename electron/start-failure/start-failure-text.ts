import type { AppLanguage } from '../../shared/models/language';
import type { DatabaseDamage } from '../db/open-database';

/** A module's name as read from Node's error (failed-module-name.ts), or undefined when it names none. */
type Module = string | undefined;

interface StartFailureText {
  databaseTitle: string;
  /** The refusals of electron/db/open-database.ts, whose messages are the English here. */
  databaseTooNew: (file: string, version: number, known: number) => string;
  databaseUnreadable: (file: string, damage: DatabaseDamage) => string;
  missingTitle: string;
  missing: (module: Module) => string;
  nativeTitle: string;
  native: (module: Module) => string;
  unexpectedTitle: string;
  /** code: the error's code or name; logFile: where the start failure was written. */
  unexpected: (code: string, logFile: string) => string;
}

const enReinstall = 'Reinstall Dialtone to repair it; your contacts, call history and settings are kept.';
const frReinstall =
  'Réinstallez Dialtone pour le réparer ; vos contacts, votre historique des appels et vos réglages sont conservés.';
const deReinstall =
  'Installieren Sie Dialtone neu, um es zu reparieren; Ihre Kontakte, Ihre Anrufliste und Ihre Einstellungen bleiben erhalten.';
const esReinstall =
  'Reinstala Dialtone para repararlo; tus contactos, tu historial de llamadas y tus ajustes se conservan.';

type DamageWords = { 'not-sqlite': string; 'damaged-pages': string; 'bad-version': (version: number) => string };

/** Why the database cannot be read, in a language's words; SQLite's own words as they are. */
function damageText(damage: DatabaseDamage, said: DamageWords): string {
  if (damage.cause === 'sqlite') return damage.detail;
  if (damage.cause === 'bad-version') return said['bad-version'](damage.version);
  return said[damage.cause];
}

/**
 * The start-failure dialog, in the app's languages. It shows before the settings can be read, so it
 * follows the system's language.
 */
const texts: Record<AppLanguage, StartFailureText> = {
  en: {
    databaseTitle: 'Dialtone cannot open its data',
    databaseTooNew: (file, version, known) =>
      `Dialtone's database at ${file} was written by a newer version of Dialtone (schema ${version}; ` +
      `this version knows up to ${known}). It was left untouched: install the newer Dialtone again.`,
    databaseUnreadable: (file, damage) =>
      `Dialtone's database at ${file} cannot be read (${damageText(damage, {
        'not-sqlite': 'it is not an SQLite database',
        'damaged-pages': 'some of its pages are damaged',
        'bad-version': (version) => `its schema version ${version} is invalid`,
      })}). It was left untouched. ` +
      'Restore it from a backup, or move it elsewhere and restart Dialtone to begin with an empty one.',
    missingTitle: 'Dialtone is not installed completely',
    missing: (module) =>
      `Dialtone cannot start because ${module === undefined ? 'a part of it is' : `a part of it, "${module}", is`} ` +
      `missing from its installation. ${enReinstall}`,
    nativeTitle: 'Dialtone cannot load one of its parts',
    native: (module) =>
      `Dialtone cannot start because ${module === undefined ? 'one of its native modules' : `its native module "${module}"`} ` +
      `was built for a different version of Electron, or for another system, or is damaged. ${enReinstall} ` +
      `If this keeps happening, report it to the Dialtone developers${module === undefined ? '' : ` and mention "${module}"`}.`,
    unexpectedTitle: 'Dialtone could not start',
    unexpected: (code, logFile) =>
      `Something went wrong while starting Dialtone (${code}). Restart it; if this keeps happening, reinstall ` +
      `Dialtone, or report the problem with the log at ${logFile}.`,
  },
  fr: {
    databaseTitle: 'Dialtone ne peut pas ouvrir ses données',
    databaseTooNew: (file, version, known) =>
      `La base de données de Dialtone (${file}) a été écrite par une version plus récente de Dialtone (schéma ${version} ; ` +
      `cette version connaît jusqu’au schéma ${known}). Elle n’a pas été modifiée : réinstallez la version plus récente de Dialtone.`,
    databaseUnreadable: (file, damage) =>
      `La base de données de Dialtone (${file}) ne peut pas être lue (${damageText(damage, {
        'not-sqlite': 'ce n’est pas une base de données SQLite',
        'damaged-pages': 'certaines de ses pages sont endommagées',
        'bad-version': (version) => `sa version de schéma ${version} n’est pas valide`,
      })}). Elle n’a pas été modifiée. ` +
      'Restaurez-la depuis une sauvegarde, ou déplacez-la ailleurs et redémarrez Dialtone pour repartir d’une base vide.',
    missingTitle: 'L’installation de Dialtone est incomplète',
    missing: (module) =>
      `Dialtone ne peut pas démarrer, car ${module === undefined ? 'l’un de ses éléments' : `l’un de ses éléments (« ${module} »)`} ` +
      `manque dans son installation. ${frReinstall}`,
    nativeTitle: 'Dialtone ne peut pas charger l’un de ses éléments',
    native: (module) =>
      `Dialtone ne peut pas démarrer, car ${module === undefined ? 'l’un de ses modules natifs' : `son module natif « ${module} »`} ` +
      `a été compilé pour une autre version d’Electron ou pour un autre système, ou bien il est endommagé. ${frReinstall} ` +
      `Si le problème persiste, signalez-le aux développeurs de Dialtone${module === undefined ? '' : ` en mentionnant « ${module} »`}.`,
    unexpectedTitle: 'Dialtone n’a pas pu démarrer',
    unexpected: (code, logFile) =>
      `Un problème est survenu au démarrage de Dialtone (${code}). Redémarrez-le ; si le problème persiste, ` +
      `réinstallez Dialtone ou signalez le problème en joignant le journal ${logFile}.`,
  },
  de: {
    databaseTitle: 'Dialtone kann seine Daten nicht öffnen',
    databaseTooNew: (file, version, known) =>
      `Die Datenbank von Dialtone unter ${file} wurde von einer neueren Dialtone-Version geschrieben (Schema ${version}; ` +
      `diese Version kennt Schemas bis ${known}). Sie wurde nicht verändert: Installieren Sie die neuere Dialtone-Version erneut.`,
    databaseUnreadable: (file, damage) =>
      `Die Datenbank von Dialtone unter ${file} kann nicht gelesen werden (${damageText(damage, {
        'not-sqlite': 'sie ist keine SQLite-Datenbank',
        'damaged-pages': 'einige ihrer Seiten sind beschädigt',
        'bad-version': (version) => `ihre Schemaversion ${version} ist ungültig`,
      })}). Sie wurde nicht verändert. ` +
      'Stellen Sie sie aus einer Sicherung wieder her, oder verschieben Sie sie an einen anderen Ort und starten Sie Dialtone neu, um mit einer leeren Datenbank zu beginnen.',
    missingTitle: 'Dialtone ist nicht vollständig installiert',
    missing: (module) =>
      `Dialtone kann nicht starten, weil ${module === undefined ? 'ein Teil davon' : `ein Teil davon („${module}“)`} ` +
      `in der Installation fehlt. ${deReinstall}`,
    nativeTitle: 'Dialtone kann einen seiner Bestandteile nicht laden',
    native: (module) =>
      `Dialtone kann nicht starten, weil ${module === undefined ? 'eines seiner nativen Module' : `sein natives Modul „${module}“`} ` +
      `für eine andere Electron-Version oder ein anderes System erstellt wurde oder beschädigt ist. ${deReinstall} ` +
      `Wenn das Problem weiterhin auftritt, melden Sie es den Dialtone-Entwicklern${module === undefined ? '' : ` und nennen Sie dabei „${module}“`}.`,
    unexpectedTitle: 'Dialtone konnte nicht starten',
    unexpected: (code, logFile) =>
      `Beim Starten von Dialtone ist ein Fehler aufgetreten (${code}). Starten Sie es neu; wenn das Problem weiterhin ` +
      `auftritt, installieren Sie Dialtone neu oder melden Sie das Problem mit dem Protokoll unter ${logFile}.`,
  },
  es: {
    databaseTitle: 'Dialtone no puede abrir sus datos',
    databaseTooNew: (file, version, known) =>
      `La base de datos de Dialtone en ${file} la escribió una versión más reciente de Dialtone (esquema ${version}; ` +
      `esta versión conoce hasta el ${known}). No se ha modificado: vuelve a instalar la versión más reciente de Dialtone.`,
    databaseUnreadable: (file, damage) =>
      `No se puede leer la base de datos de Dialtone en ${file} (${damageText(damage, {
        'not-sqlite': 'no es una base de datos SQLite',
        'damaged-pages': 'algunas de sus páginas están dañadas',
        'bad-version': (version) => `su versión de esquema ${version} no es válida`,
      })}). No se ha modificado. ` +
      'Restáurala desde una copia de seguridad, o muévela a otro sitio y reinicia Dialtone para empezar con una vacía.',
    missingTitle: 'Dialtone no está instalado por completo',
    missing: (module) =>
      `Dialtone no puede iniciarse porque falta ${module === undefined ? 'una de sus partes' : `una de sus partes («${module}»)`} ` +
      `en su instalación. ${esReinstall}`,
    nativeTitle: 'Dialtone no puede cargar una de sus partes',
    native: (module) =>
      `Dialtone no puede iniciarse porque ${module === undefined ? 'uno de sus módulos nativos' : `su módulo nativo «${module}»`} ` +
      `se compiló para otra versión de Electron o para otro sistema, o está dañado. ${esReinstall} ` +
      `Si vuelve a ocurrir, infórmalo a los desarrolladores de Dialtone${module === undefined ? '' : ` y menciona «${module}»`}.`,
    unexpectedTitle: 'Dialtone no pudo iniciarse',
    unexpected: (code, logFile) =>
      `Algo salió mal al iniciar Dialtone (${code}). Reinícialo; si vuelve a ocurrir, reinstala Dialtone o informa ` +
      `del problema adjuntando el registro que está en ${logFile}.`,
  },
};

export const startFailureText = (language: AppLanguage): Readonly<StartFailureText> => texts[language];

/**
 * The first of the system's languages the dialog has words for, else English. This restates
 * preferredAppLanguage (shared/models/language.ts) because the bootstrap may share no module with the
 * app (electron/vite.main.config.ts); a test keeps the two in step.
 */
export function systemDialogLanguage(systemLanguages: readonly string[]): AppLanguage {
  for (const tag of systemLanguages) {
    const language = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
    if (Object.hasOwn(texts, language)) return language as AppLanguage;
  }
  return 'en';
}
