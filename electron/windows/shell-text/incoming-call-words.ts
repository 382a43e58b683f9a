import type { AppLanguage } from '../../../shared/models/language';

interface IncomingCallWords {
  title: (caller: string) => string;
  /** Where the notification has no buttons: what a click on it does. */
  clickToAnswer: string;
  verified: string;
  answer: string;
  decline: string;
}

/** The ringing call's system notification, in the app's languages. */
const words: Record<AppLanguage, IncomingCallWords> = {
  en: {
    title: (caller) => `Incoming call from ${caller}`,
    clickToAnswer: 'Click to answer in Dialtone',
    verified: 'Verified number',
    answer: 'Answer',
    decline: 'Decline',
  },
  fr: {
    title: (caller) => `Appel entrant de ${caller}`,
    clickToAnswer: 'Cliquez pour répondre dans Dialtone',
    verified: 'Numéro vérifié',
    answer: 'Répondre',
    decline: 'Refuser',
  },
  de: {
    title: (caller) => `Eingehender Anruf von ${caller}`,
    clickToAnswer: 'Klicken Sie, um den Anruf in Dialtone anzunehmen',
    verified: 'Verifizierte Nummer',
    answer: 'Annehmen',
    decline: 'Ablehnen',
  },
  es: {
    title: (caller) => `Llamada entrante de ${caller}`,
    clickToAnswer: 'Haz clic para contestar en Dialtone',
    verified: 'Número verificado',
    answer: 'Contestar',
    decline: 'Rechazar',
  },
};

export const incomingCallWords = (language: AppLanguage): Readonly<IncomingCallWords> => words[language];
