import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  checkCredentials:
    'Prüfen Sie die Account SID und das Auth Token (bzw. SID und Secret des API-Schlüssels) in der Twilio Console unter Account Info und fügen Sie sie erneut ein. Falls Sie sich mit einem API-Schlüssel angemeldet haben, wurde er möglicherweise gelöscht.',
  addressNeeded:
    'Für diese Nummer muss eine Adresse hinterlegt sein. Fügen Sie in der Twilio Console unter Phone Numbers > Regulatory Compliance > Addresses eine hinzu und versuchen Sie es erneut – oder wählen Sie eine Nummer, deren Adressanforderung „none“ ist.',
  bundleNeeded:
    'Nummern dieses Landes und Typs erfordern ein genehmigtes Regulatory Bundle. Erstellen Sie eines in der Twilio Console unter Phone Numbers > Regulatory Compliance > Bundles und versuchen Sie es erneut – oder wählen Sie eine Nummer aus einem anderen Land oder eines anderen Typs.',
  trialVerifiedOnly:
    'Testkonten können nur verifizierte Nummern anrufen und ihnen SMS senden. Verifizieren Sie diese Nummer in der Twilio Console unter Phone Numbers > Verified Caller IDs oder führen Sie ein Upgrade des Kontos durch.',
  code20001:
    'Twilio hat einen von Dialtone gesendeten Wert nicht akzeptiert. Versuchen Sie es erneut. Tritt der Fehler weiter auf, melden Sie ihn mit dem Code oben.',
  code20002:
    'Twilio hat einen von Dialtone gesendeten Namen nicht akzeptiert. Versuchen Sie es erneut. Tritt der Fehler weiter auf, melden Sie ihn mit dem Code oben.',
  code20005:
    'Dieses Twilio-Konto ist gesperrt oder geschlossen. Prüfen Sie seinen Status in der Twilio Console und versuchen Sie es erneut.',
  code20008:
    'Dies sind Testzugangsdaten, mit denen das nicht möglich ist. Verwenden Sie die Live-Account-SID und das Auth Token aus der Twilio Console.',
  code20403:
    'Diese Zugangsdaten dürfen das nicht. Falls Sie sich mit einem eingeschränkten API-Schlüssel angemeldet haben, verwenden Sie stattdessen das Auth Token oder einen Standard-API-Schlüssel.',
  code20404:
    'Twilio hat etwas, das Dialtone erwartet hat, nicht gefunden; möglicherweise wurde es in der Twilio Console gelöscht. Versuchen Sie es erneut: Dialtone erstellt Fehlendes neu.',
  code20429:
    'Twilio erhält gerade zu viele Anfragen von diesem Konto. Warten Sie eine Minute und versuchen Sie es dann erneut.',
  code21651:
    'Die hinterlegten regulatorischen Dokumente erfüllen die Anforderungen dieser Nummer nicht. Prüfen Sie Ihr Bundle in der Twilio Console unter Phone Numbers > Regulatory Compliance oder wählen Sie eine andere Nummer.',
  code21422: 'Diese Nummer ist nicht mehr verfügbar. Suchen Sie erneut und wählen Sie eine andere.',
  code21452:
    'Für diese Vorwahl sind keine Nummern verfügbar. Versuchen Sie eine andere Vorwahl oder suchen Sie ohne Vorwahl.',
  code21421: 'Diese Telefonnummer ist ungültig. Suchen Sie erneut und wählen Sie eine Nummer aus den Ergebnissen.',
  code10002:
    'Testkonten können nur eine Telefonnummer haben. Führen Sie in der Twilio Console ein Upgrade des Kontos durch oder verwenden Sie die Testnummer, die Sie bereits haben.',
  code10004:
    'Auf diesem Konto laufen zu viele Anrufe gleichzeitig (Testkonten und frisch hochgestufte Konten haben niedrige Limits). Warten Sie, bis ein Anruf endet, oder bitten Sie den Twilio-Support, das Limit zu erhöhen.',
  code21230:
    'Dieses Konto hat bereits 100 SIP-Domains, das Limit von Twilio. Löschen Sie nicht mehr genutzte Domains in der Twilio Console unter Voice > SIP Domains und versuchen Sie es erneut.',
  twilioTrouble:
    'Bei Twilio ist ein vorübergehendes Problem aufgetreten. Warten Sie eine Minute und versuchen Sie es dann erneut.',
  connectionUnreachable: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  connectionTimeout:
    'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Tritt das weiter auf, hat Twilio möglicherweise Probleme: siehe status.twilio.com.',
  connectionInsecure:
    'Eine Firewall, ein Proxy oder ein Virenschutzprogramm fängt möglicherweise sichere Verbindungen ab, oder Datum und Uhrzeit dieses Computers stimmen nicht. Prüfen Sie das und versuchen Sie es erneut.',
} satisfies Translation<typeof en>;
