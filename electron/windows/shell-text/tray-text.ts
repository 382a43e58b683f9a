import type { AppLanguage } from '../../../shared/models/language';
import type { RegistrationFailureReason } from '../../../shared/models/registration';

type Counted = (count: number) => string;

interface TrayText {
  ready: string;
  connecting: string;
  notConnected: string;
  /** "Not connected: " and why, one of `failure`. */
  failed: (reason: string) => string;
  failure: Record<RegistrationFailureReason, string>;
  noLine: string;
  missedCalls: Counted;
  voicemails: Counted;
  messages: Counted;
  doNotDisturb: string;
  /** The do not disturb item's sublabel while there is no Twilio line to switch. */
  needsLine: string;
  saving: string;
  show: string;
  quit: string;
}

/** Counts of 0 are never shown, so French needs no rule for them. */
const counted =
  (one: string, many: string): Counted =>
  (count) =>
    `${count} ${count === 1 ? one : many}`;

/** The tray's status line, tooltip and fixed menu items, in the app's languages. */
const texts: Record<AppLanguage, TrayText> = {
  en: {
    ready: 'Ready',
    connecting: 'Connecting…',
    notConnected: 'Not connected',
    failed: (reason) => `Not connected: ${reason}`,
    failure: {
      'bad-credentials': 'the user name or password was refused',
      'not-found': 'the server does not know this account',
      tls: 'the secure connection failed',
      unreachable: 'the server cannot be reached',
      'server-error': 'the server reported an error',
    },
    noLine: 'No phone line yet',
    missedCalls: counted('missed call', 'missed calls'),
    voicemails: counted('voicemail', 'voicemails'),
    messages: counted('message', 'messages'),
    doNotDisturb: 'Do not disturb',
    needsLine: 'Needs your Twilio line: set it up in Dialtone',
    saving: 'Saving…',
    show: 'Show Dialtone',
    quit: 'Quit',
  },
  fr: {
    ready: 'Prêt',
    connecting: 'Connexion…',
    notConnected: 'Non connecté',
    failed: (reason) => `Non connecté : ${reason}`,
    failure: {
      'bad-credentials': 'le nom d’utilisateur ou le mot de passe a été refusé',
      'not-found': 'le serveur ne connaît pas ce compte',
      tls: 'la connexion sécurisée a échoué',
      unreachable: 'le serveur est injoignable',
      'server-error': 'le serveur a signalé une erreur',
    },
    noLine: 'Aucune ligne téléphonique pour l’instant',
    missedCalls: counted('appel manqué', 'appels manqués'),
    voicemails: counted('message vocal', 'messages vocaux'),
    messages: counted('message', 'messages'),
    doNotDisturb: 'Ne pas déranger',
    needsLine: 'Nécessite votre ligne Twilio : configurez-la dans Dialtone',
    saving: 'Enregistrement…',
    show: 'Afficher Dialtone',
    quit: 'Quitter',
  },
  de: {
    ready: 'Bereit',
    connecting: 'Verbindung wird hergestellt…',
    notConnected: 'Nicht verbunden',
    failed: (reason) => `Nicht verbunden: ${reason}`,
    failure: {
      'bad-credentials': 'Benutzername oder Passwort wurde abgelehnt',
      'not-found': 'der Server kennt dieses Konto nicht',
      tls: 'die sichere Verbindung ist fehlgeschlagen',
      unreachable: 'der Server ist nicht erreichbar',
      'server-error': 'der Server hat einen Fehler gemeldet',
    },
    noLine: 'Noch keine Telefonleitung',
    missedCalls: counted('verpasster Anruf', 'verpasste Anrufe'),
    voicemails: counted('Sprachnachricht', 'Sprachnachrichten'),
    messages: counted('Nachricht', 'Nachrichten'),
    doNotDisturb: 'Nicht stören',
    needsLine: 'Erfordert Ihre Twilio-Leitung: Richten Sie sie in Dialtone ein',
    saving: 'Wird gespeichert…',
    show: 'Dialtone anzeigen',
    quit: 'Beenden',
  },
  es: {
    ready: 'Listo',
    connecting: 'Conectando…',
    notConnected: 'Sin conexión',
    failed: (reason) => `Sin conexión: ${reason}`,
    failure: {
      'bad-credentials': 'se rechazó el nombre de usuario o la contraseña',
      'not-found': 'el servidor no reconoce esta cuenta',
      tls: 'falló la conexión segura',
      unreachable: 'no se puede acceder al servidor',
      'server-error': 'el servidor informó de un error',
    },
    noLine: 'Aún no tienes línea telefónica',
    missedCalls: counted('llamada perdida', 'llamadas perdidas'),
    voicemails: counted('mensaje de voz', 'mensajes de voz'),
    messages: counted('mensaje', 'mensajes'),
    doNotDisturb: 'No molestar',
    needsLine: 'Necesita tu línea de Twilio: configúrala en Dialtone',
    saving: 'Guardando…',
    show: 'Mostrar Dialtone',
    quit: 'Salir',
  },
};

export const trayText = (language: AppLanguage): Readonly<TrayText> => texts[language];
