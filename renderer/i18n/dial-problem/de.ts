import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  sipIncomplete: 'Diese SIP-Adresse ist unvollständig. Schreiben Sie sie als sip:name@beispiel.de.',
  tooShort: 'Diese Nummer ist zu kurz. Geben Sie die vollständige Nummer mit Vorwahl ein.',
  tooLong: 'Diese Nummer ist zu lang. Prüfen Sie sie auf überzählige Ziffern.',
  wrongLength: 'Diese Nummer hat die falsche Anzahl an Ziffern. Prüfen Sie sie und versuchen Sie es erneut.',
  unknownCountryCode: '+{code} ist keine Ländervorwahl. Prüfen Sie die Ziffern nach dem +.',
  typeSomething: 'Geben Sie eine Telefonnummer ein oder eine SIP-Adresse wie sip:alice@beispiel.de.',
  keypadCodes:
    'Nummern mit * oder # können nicht gewählt werden. Senden Sie sie während eines Anrufs mit dem Tastenfeld.',
  extension: 'Rufen Sie zuerst die Hauptnummer an und geben Sie dann die Durchwahl über das Tastenfeld ein.',
  emergency: 'Dialtone kann keine Notrufnummern anrufen. Verwenden Sie ein Mobiltelefon oder einen Festnetzanschluss.',
  notInCountry:
    'Keine Telefonnummer in {country} beginnt so. Prüfen Sie die Nummer oder beginnen Sie sie mit + und der Ländervorwahl.',
  notValid: 'Dies ist keine gültige Telefonnummer. Prüfen Sie die Ziffern nach der Ländervorwahl.',
  tooShortToCall: 'Dialtone kann so kurze Nummern nicht anrufen.',
} satisfies Translation<typeof en>;
