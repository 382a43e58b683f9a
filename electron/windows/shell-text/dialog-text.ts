import type { AppLanguage } from '../../../shared/models/language';

interface DialogText {
  /** A tel:, sip: or callto: link that cannot be called; the detail says why. */
  linkRefused: string;
}

/** The titles of main's own message boxes, in the app's languages. */
const texts: Record<AppLanguage, DialogText> = {
  en: { linkRefused: 'Dialtone cannot call this link' },
  fr: { linkRefused: 'Dialtone ne peut pas appeler ce lien' },
  de: { linkRefused: 'Dialtone kann diesen Link nicht anrufen' },
  es: { linkRefused: 'Dialtone no puede llamar a este enlace' },
};

export const dialogText = (language: AppLanguage): Readonly<DialogText> => texts[language];
