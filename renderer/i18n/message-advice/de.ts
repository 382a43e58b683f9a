import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  title20003: 'Twilio hat die Anmeldung von Dialtone nicht akzeptiert',
  do20003:
    'Die Account SID und das Auth Token (oder der API-Schlüssel), die Dialtone verwendet, wurden geändert oder gelöscht, oder das Konto ist gesperrt. Verbinden Sie Ihr Twilio-Konto in den Einstellungen erneut und senden Sie die Nachricht dann noch einmal.',
  title21211: 'Das ist keine Nummer, die SMS empfangen kann',
  do21211:
    'Prüfen Sie die Nummer und schreiben Sie sie mit Ländervorwahl, z. B. +49 151 23456789. Kurzwahlnummern (wie 12345) und Absendernamen (wie AMAZON) können keine SMS empfangen.',
  title21408: 'Ihr Twilio-Konto darf keine SMS in dieses Land senden',
  do21408:
    'Twilio sendet SMS nur in die Länder, die in den Messaging Geographic Permissions erlaubt sind. Erlauben Sie das Land in der Twilio Console unter Messaging > Settings > Geo permissions und senden Sie die Nachricht dann erneut.',
  title21606: 'Ihre Nummer kann diese SMS nicht senden',
  do21606:
    'Twilio lässt diese Nummer keine SMS senden, oder nicht an dieses Ziel. Prüfen Sie ihre Funktionen in der Twilio Console unter Phone Numbers > Active numbers, oder senden Sie von einer Nummer, die SMS senden kann.',
  title21608: 'Ein Testkonto kann SMS nur an verifizierte Nummern senden',
  do21608:
    'Verifizieren Sie diese Nummer in der Twilio Console unter Phone Numbers > Verified Caller IDs, oder stufen Sie das Konto hoch.',
  title21610: 'Diese Person hat Ihre SMS abbestellt',
  do21610:
    'Sie hat STOP an Ihre Nummer geantwortet, und Twilio sendet ihr keine SMS mehr, bis sie START an diese Nummer schickt. Rufen Sie sie an, wenn Sie sie erreichen müssen.',
  title21612: 'Twilio kann keine SMS zwischen Ihrer Nummer und dieser übermitteln',
  do21612:
    'Diese Nummer kann von Ihrer aus keine SMS empfangen; vielleicht ist es ein Festnetzanschluss. Prüfen Sie die Nummer oder rufen Sie stattdessen an.',
  title21614: 'Das ist keine Mobilnummer',
  do21614:
    'Es ist wahrscheinlich ein Festnetzanschluss oder eine Nummer, die es nicht gibt, und kann daher keine SMS empfangen. Rufen Sie die Person stattdessen an oder fragen Sie nach einer Mobilnummer.',
  title30001: 'Die SMS hat zu lange in der Warteschlange von Twilio gewartet',
  do30001:
    'Twilio sendet von einer Ortsnetznummer etwa einen Teil pro Sekunde und hat diese SMS nach stundenlangem Warten aufgegeben. Senden Sie sie erneut.',
  title30002: 'Ihr Twilio-Konto ist gesperrt',
  do30002:
    'Twilio sendet nicht mehr, weil das Konto gesperrt ist, oft wegen eines offenen Betrags. Lesen Sie die E-Mail von Twilio dazu, begleichen Sie den Betrag in der Twilio Console oder wenden Sie sich an den Twilio-Support und senden Sie die Nachricht dann erneut.',
  title30003: 'Das Telefon war nicht erreichbar',
  do30003:
    'Es ist vielleicht ausgeschaltet, ohne Empfang oder kann keine SMS empfangen. Senden Sie die Nachricht später erneut oder rufen Sie stattdessen an.',
  title30004: 'Die Nummer des Empfängers hat diese SMS blockiert',
  do30004:
    'Die Person hat Ihre Nummer vielleicht blockiert oder abbestellt. Fragen Sie sie, zum Beispiel per Anruf; falls sie früher STOP geantwortet hat, kann sie START an Ihre Nummer senden.',
  title30005: 'Die Nummer ist unbekannt oder nicht mehr vergeben',
  do30005: 'Prüfen Sie die Nummer mit der Person: Sie wurde vielleicht abgeschaltet oder hat nie existiert.',
  title30006: 'Diese Nummer kann keine SMS empfangen',
  do30006:
    'Es ist wahrscheinlich ein Festnetzanschluss, oder ihr Netzbetreiber ist nicht erreichbar. Rufen Sie die Person stattdessen an oder fragen Sie nach einer Mobilnummer.',
  title30007: 'Die SMS wurde als unerwünscht gefiltert',
  do30007:
    'Twilio oder der Netzbetreiber des Empfängers hat sie als möglichen Spam blockiert. Schreiben Sie schlichter und ohne Links; wenn es weiter passiert, wenden Sie sich mit den Details der Nachricht an den Twilio-Support.',
  title30008: 'Die Zustellung ist aus einem Grund fehlgeschlagen, den der Netzbetreiber nicht genannt hat',
  do30008:
    'Senden Sie sie in ein paar Minuten erneut. Wenn es wieder fehlschlägt, wenden Sie sich mit den Details der Nachricht an den Twilio-Support.',
  title30032: 'Diese gebührenfreie Nummer ist nicht für SMS verifiziert',
  do30032:
    'Twilio blockiert SMS von einer gebührenfreien Nummer in die USA und nach Kanada, bis ihre Toll-Free Verification genehmigt ist. Reichen Sie sie in der Twilio Console ein (Phone Numbers > Active numbers, Regulatory Information der Nummer) und senden Sie nach der Genehmigung erneut.',
  title30034: 'Ihre Nummer ist nicht für SMS in den USA registriert (A2P 10DLC)',
  do30034:
    'US-Netzbetreiber stellen SMS von einer US-amerikanischen oder kanadischen Ortsnetznummer (10 Ziffern) erst zu, wenn sie für A2P 10DLC registriert ist. Registrieren Sie in der Twilio Console unter Messaging > Regulatory Compliance (Trust Hub) eine Brand (wer Sie sind) und eine Campaign (was Sie senden) und fügen Sie diese Nummer dann dem Messaging Service der Campaign hinzu. Die Genehmigung dauert Tage; bis dahin schlagen SMS in die USA fehl.',
  title30035: 'Die A2P-10DLC-Registrierung Ihrer Nummer ist nicht abgeschlossen',
  do30035:
    'Twilio registriert diese Nummer noch bei den US-Netzbetreibern. Prüfen Sie den Status in der Twilio Console unter Messaging > Regulatory Compliance und senden Sie erneut, sobald sie einer genehmigten Campaign zugeordnet ist.',
  title30036: 'Die SMS ist abgelaufen, bevor Twilio sie senden konnte',
  do30036: 'Sie hat länger in der Warteschlange von Twilio gewartet als erlaubt. Senden Sie sie erneut.',
  noReasonTitle: 'Twilio hat keinen Grund genannt',
  noReasonDo: 'Prüfen Sie die Nummer und senden Sie die Nachricht dann erneut.',
  unknownTitle: 'Twilio konnte diese SMS nicht senden (Fehler {code})',
  unknownDo:
    'Senden Sie sie erneut. Wenn es wieder fehlschlägt, schlagen Sie Fehler {code} auf der Website von Twilio nach oder wenden Sie sich mit den Details der Nachricht an den Twilio-Support.',
  oddTitle: 'Twilio konnte diese SMS nicht senden',
  oddDo:
    'Senden Sie sie erneut. Wenn es wieder fehlschlägt, wenden Sie sich mit den Details der Nachricht an den Twilio-Support.',
  linkErrorPage: 'Über Fehler {code} auf der Website von Twilio',
  linkA2p10dlc: 'So registrieren Sie sich bei Twilio für A2P 10DLC',
} satisfies Translation<typeof en>;
