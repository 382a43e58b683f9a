import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  addressTooLong: 'Diese Adresse ist zu lang zum Anrufen. Prüfen Sie den Link.',
  telDamaged:
    'Dieser Telefon-Link ist beschädigt (seine %-Kodierung ist fehlerhaft). Kopieren Sie stattdessen die Nummer.',
  telNoNumber: 'Dieser Telefon-Link enthält keine Nummer.',
  telHoldsAddress: 'Dieser tel:-Link enthält eine Adresse, keine Telefonnummer. Prüfen Sie den Link.',
  localNotWhole:
    'Dieser Link gibt {number} als Ortsnummer innerhalb von {prefix} an, was keine vollständige Nummer ergibt. Fragen Sie nach der vollständigen Nummer.',
  localElsewhere: 'Dieser Link ist eine Ortsnummer von {context}, die Dialtone von hier aus nicht anrufen kann.',
  sipNoAddress: 'Dieser SIP-Link enthält keine Adresse. Eine SIP-Adresse sieht so aus: sip:alice@example.com.',
  sipDamaged:
    'Dieser SIP-Link ist beschädigt (seine %-Kodierung ist fehlerhaft). Kopieren Sie stattdessen die Adresse.',
  sipBadName: 'Dieser SIP-Link enthält einen Namen, den Dialtone nicht anrufen kann. Prüfen Sie den Link.',
  calltoDamaged:
    'Dieser callto:-Link ist beschädigt (seine %-Kodierung ist fehlerhaft). Kopieren Sie stattdessen die Nummer.',
  calltoNoNumber: 'Dieser callto:-Link enthält keine Nummer.',
  skypeName:
    '„{name}“ ist ein Skype-Name, keine Telefonnummer. Dialtone ruft Telefonnummern und SIP-Adressen an: Fragen Sie stattdessen nach der Nummer.',
  empty: 'Dieser Link ist leer. Dialtone öffnet tel:-, sip:- und callto:-Links.',
  linkTooLong: 'Dieser Link ist zu lang für eine Telefonnummer oder eine SIP-Adresse.',
  notALink: 'Dies ist kein Telefon-Link. Dialtone öffnet tel:-, sip:- und callto:-Links.',
  skypeLink:
    'Skype-Links rufen Skype-Konten an, die Dialtone nicht erreichen kann. Fragen Sie stattdessen nach einer Telefonnummer.',
  otherScheme: 'Dialtone kann keine {scheme}:-Links öffnen. Dialtone öffnet tel:-, sip:- und callto:-Links.',
} satisfies Translation<typeof en>;
