import type { AppLanguage } from '../../../shared/models/language';
import type { QuickDialKind, QuickDialTarget } from '../../services/quick-dial';

type QuickDialText = {
  [K in QuickDialKind]: { action: (name: string) => string; none: string };
};

/** The tray's redial and call-back lines, in the app's languages (main has no catalogues of its own). */
const texts: Record<AppLanguage, QuickDialText> = {
  en: {
    redial: { action: (name) => `Redial ${name}`, none: 'Redial: no call placed yet' },
    callBack: { action: (name) => `Call back ${name}`, none: 'Call back: no missed call to return' },
  },
  fr: {
    redial: { action: (name) => `Recomposer : ${name}`, none: 'Recomposer : aucun appel passé' },
    callBack: { action: (name) => `Rappeler ${name}`, none: 'Rappeler : aucun appel manqué en attente' },
  },
  de: {
    redial: { action: (name) => `Wahlwiederholung: ${name}`, none: 'Wahlwiederholung: noch kein Anruf getätigt' },
    callBack: { action: (name) => `${name} zurückrufen`, none: 'Zurückrufen: kein verpasster Anruf offen' },
  },
  es: {
    redial: { action: (name) => `Volver a marcar: ${name}`, none: 'Volver a marcar: aún no ha hecho ninguna llamada' },
    callBack: {
      action: (name) => `Devolver la llamada a ${name}`,
      none: 'Devolver llamada: ninguna llamada perdida pendiente',
    },
  },
};

export function quickDialLabel(language: AppLanguage, kind: QuickDialKind, target: QuickDialTarget | null): string {
  const text = texts[language][kind];
  return target ? text.action(target.name) : text.none;
}
