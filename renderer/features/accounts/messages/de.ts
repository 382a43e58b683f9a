import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  transportTls: 'TLS (empfohlen)',
  transportTcp: 'TCP',
  srtpOff: 'Aus',
  srtpOptional: 'Wenn möglich',
  srtpMandatory: 'Erforderlich',
  passwordKeep: 'Leer lassen, um das gespeicherte Passwort zu behalten.',
  passwordNew: 'Wird verschlüsselt auf diesem Computer gespeichert und nie wieder angezeigt.',
  sipAddressLabel: 'SIP-Adresse',
  sipAddressHint: 'Von Ihrem Anbieter oder dem Administrator Ihrer Telefonanlage, z. B. alice@example.com.',
  sipAddressPlaceholder: 'alice@example.com',
  passwordLabel: 'Passwort',
  authUsernameLabel: 'Benutzername für die Anmeldung',
  authUsernameHintDefault:
    'Leer lassen, um „{user}“ zu verwenden, den Teil der Adresse vor dem @. Manche Anbieter vergeben eine eigene Authentifizierungs-ID.',
  authUsernameHint:
    'Leer lassen, um den Teil der SIP-Adresse vor dem @ zu verwenden. Manche Anbieter vergeben eine eigene Authentifizierungs-ID.',
  registrarLabel: 'Server',
  registrarHintDefault:
    'Leer lassen, um „{domain}“ zu verwenden, die Domain der Adresse. Fügen Sie :port nur hinzu, wenn der Server nicht den Standardport nutzt.',
  registrarHint:
    'Leer lassen, um die Domain der SIP-Adresse zu verwenden. Fügen Sie :port nur hinzu, wenn der Server nicht den Standardport nutzt.',
  outboundProxyLabel: 'Outbound-Proxy',
  outboundProxyHint: 'Nur wenn Ihr Anbieter einen verlangt, z. B. proxy.example.com:5061.',
  connectionLegend: 'Verbindung',
  connectionHint: 'TLS verschlüsselt Anmeldung und Rufaufbau. Wählen Sie TCP nur, wenn der Server kein TLS anbietet.',
  encryptionLegend: 'Verschlüsselung der Anrufe',
  encryptionHint:
    'Verschlüsselt den Ton von Anrufen (SRTP). Erforderlich lehnt Anrufe ab, die die Gegenseite nicht verschlüsseln kann.',
  displayNameLabel: 'Anzeigename',
  displayNameHint: 'Der Name, den Angerufene sehen, sofern ihr Telefon einen anzeigt.',
  lineNameLabel: 'Name dieser Leitung',
  lineNameHint: 'Wie Dialtone dieses Konto anzeigt. Leer lassen, um die SIP-Adresse zu verwenden.',
  stunLabel: 'STUN-Server',
  stunHint:
    'Hilft Anrufen durch Heimrouter, z. B. stun.example.com:3478. Leer lassen, sofern Ihr Anbieter keinen empfiehlt.',
  advancedSummary: 'Erweitert: einem privaten Server vertrauen',
  advancedIntro:
    'Für eine Telefonanlage, deren Zertifikat dieser Computer nicht als vertrauenswürdig ansieht, etwa ein selbst signiertes. Füllen Sie eines dieser Felder aus.',
  caLabel: 'Zertifizierungsstelle (PEM)',
  caHint:
    'Fügen Sie das Zertifikat ein, von -----BEGIN CERTIFICATE----- bis -----END CERTIFICATE-----. Dialtone vertraut ihm zusätzlich zu denen des Computers.',
  pinLabel: 'Oder genau diesem Serverzertifikat (SHA-256-Fingerabdruck)',
  pinHint: '64 Hexadezimalziffern, Doppelpunkte zwischen Paaren erlaubt.',
  enabledLabel: 'Dieses Konto verwenden',
  enabledHint: 'Ausschalten, um offline zu bleiben, ohne das Konto zu entfernen.',

  editTitle: 'SIP-Konto bearbeiten',
  addTitle: 'SIP-Konto hinzufügen',
  dialogIntro:
    'Verbinden Sie Dialtone mit Ihrem SIP-Anbieter oder der Telefonanlage Ihres Büros (PBX). Nur die SIP-Adresse und das Passwort sind nötig; für alles andere gibt es sinnvolle Standardwerte.',
  cancel: 'Abbrechen',
  save: 'Sichern',
  saving: 'Wird gesichert …',
  fieldsNeedChange: 'Einige Felder müssen geändert werden; jedes sagt, was zu tun ist.',

  rowDetail: '{registrar} über {transport}, {encryption}',
  rowDetailWithAddress: '{address} · {registrar} über {transport}, {encryption}',
  rowSrtpOff: 'Anrufe unverschlüsselt',
  rowSrtpOptional: 'Anrufe wenn möglich verschlüsselt',
  rowSrtpMandatory: 'Anrufe immer verschlüsselt',
  edit: 'Bearbeiten',
  remove: 'Entfernen',
  lineOff: 'Ausgeschaltet',
  lineNoPassword: 'Nicht verbunden: Es ist kein Passwort gespeichert. Geben Sie es über Bearbeiten ein.',
  lineConnecting: 'Verbindung wird hergestellt …',
  lineNotInUse: 'Nicht in Gebrauch: Ein anderes Konto ist die Telefonleitung',

  sectionHeading: 'Telefonleitung',
  lookingForLine: 'Ihre Telefonleitung wird gesucht …',
  noLineTitle: 'Noch keine Telefonleitung',
  noLineHint:
    'Verbinden Sie Dialtone mit einem beliebigen SIP-Anbieter oder einer Telefonanlage (PBX) über die SIP-Adresse und das Passwort, die Sie von dort erhalten haben.',
  removeTitle: '{label} entfernen?',
  removeMessage:
    'Dialtone trennt diese Telefonleitung und vergisst das Konto samt gespeichertem Passwort. Um es erneut hinzuzufügen, brauchen Sie das Passwort.',
  removeConfirm: 'Konto entfernen',
  removing: 'Wird entfernt …',

  srtpKeysInClear:
    'Über TCP werden die Schlüssel, die den Ton verschlüsseln, im Klartext mit dem Rufaufbau übertragen: Wer ihn mitlesen kann, kann mithören. Wählen Sie TLS, damit sie geheim bleiben.',
  sipAddressEmpty: 'Geben Sie die SIP-Adresse ein, die Sie von Ihrem Anbieter erhalten haben, z. B. alice@example.com.',
  sipAddressInvalid:
    'Eine SIP-Adresse sieht aus wie alice@example.com: ein Benutzername, @, dann die Domain, ohne Leerzeichen.',
  passwordEmpty: 'Geben Sie das Passwort dieses SIP-Kontos ein.',
  passwordTooLong: 'Das Passwort darf höchstens 256 Zeichen lang sein.',
  authUsernameTooLong: 'Der Benutzername darf höchstens 256 Zeichen lang sein.',
  registrarInvalid:
    'Der Server ist ein Hostname oder eine IP-Adresse, optional mit :port, z. B. sip.example.com oder sip.example.com:5061.',
  registrarBadPort: 'Der Port des Servers muss zwischen 1 und 65535 liegen.',
  registrarEmpty: 'Geben Sie den Server ein, z. B. sip.example.com.',
  outboundProxyInvalid:
    'Der Outbound-Proxy ist ein Hostname oder eine IP-Adresse, optional mit :port, z. B. proxy.example.com:5061.',
  outboundProxyBadPort: 'Der Port des Outbound-Proxys muss zwischen 1 und 65535 liegen.',
  stunInvalid:
    'Der STUN-Server ist ein Hostname oder eine IP-Adresse, optional mit :port, z. B. stun.example.com:3478.',
  stunBadPort: 'Der Port des STUN-Servers muss zwischen 1 und 65535 liegen.',
  displayNameTooLong: 'Der Anzeigename darf höchstens 100 Zeichen lang sein.',
  labelTooLong: 'Der Name darf höchstens 100 Zeichen lang sein.',
  pemInvalid:
    'Fügen Sie das ganze Zertifikat im PEM-Format ein, von -----BEGIN CERTIFICATE----- bis -----END CERTIFICATE-----.',
  fingerprintInvalid: 'Ein SHA-256-Fingerabdruck hat 64 Hexadezimalziffern, Doppelpunkte zwischen Paaren erlaubt.',
} satisfies Translation<typeof en>;
