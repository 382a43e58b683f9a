import type { AppLanguage } from '../../../shared/models/language';

/** `on` is what holds now, after the press. */
interface DoNotDisturbText {
  state: (on: boolean) => string;
  /** A press that failed: do not disturb could not be switched away from `on`. */
  failed: (on: boolean) => string;
  /** Saved in Dialtone, not yet sent to Twilio. */
  notLive: (on: boolean) => string;
  /** After the problem's own words: where to send it again. */
  sendAgain: string;
}

/** What the person is told after pressing do not disturb, in the app's languages. */
const texts: Record<AppLanguage, DoNotDisturbText> = {
  en: {
    state: (on) => (on ? 'Do not disturb is on: calls to your number do not ring Dialtone.' : 'Do not disturb is off.'),
    failed: (on) => `Do not disturb could not be turned ${on ? 'off' : 'on'}`,
    notLive: (on) => `Do not disturb is ${on ? 'on' : 'off'} in Dialtone, but not yet at Twilio`,
    sendAgain: 'To send it again, press Try again in Settings, Call handling.',
  },
  fr: {
    state: (on) =>
      on
        ? 'Ne pas déranger est activé : les appels vers votre numéro ne font pas sonner Dialtone.'
        : 'Ne pas déranger est désactivé.',
    failed: (on) => `Impossible ${on ? 'de désactiver' : 'd’activer'} Ne pas déranger`,
    notLive: (on) => `Ne pas déranger est ${on ? 'activé' : 'désactivé'} dans Dialtone, mais pas encore chez Twilio`,
    sendAgain: 'Pour l’envoyer à nouveau, cliquez sur Réessayer dans Réglages, Gestion des appels.',
  },
  de: {
    state: (on) =>
      on
        ? '„Nicht stören“ ist aktiviert: Anrufe an Ihre Nummer klingeln nicht in Dialtone.'
        : '„Nicht stören“ ist deaktiviert.',
    failed: (on) => `„Nicht stören“ konnte nicht ${on ? 'deaktiviert' : 'aktiviert'} werden`,
    notLive: (on) => `„Nicht stören“ ist in Dialtone ${on ? 'aktiviert' : 'deaktiviert'}, aber noch nicht bei Twilio`,
    sendAgain: 'Um es erneut zu senden, klicken Sie unter Einstellungen, Anrufverwaltung auf „Erneut versuchen“.',
  },
  es: {
    state: (on) =>
      on
        ? 'No molestar está activado: las llamadas a tu número no suenan en Dialtone.'
        : 'No molestar está desactivado.',
    failed: (on) => `No se pudo ${on ? 'desactivar' : 'activar'} No molestar`,
    notLive: (on) => `No molestar está ${on ? 'activado' : 'desactivado'} en Dialtone, pero aún no en Twilio`,
    sendAgain: 'Para volver a enviarlo, pulsa Reintentar en Ajustes, Gestión de llamadas.',
  },
};

export const doNotDisturbText = (language: AppLanguage): Readonly<DoNotDisturbText> => texts[language];
