import type { officeWords } from '../../../../shared/text/office-words';
import type { Translation } from '../../catalogue-types';

export default {
  connectAccountFirst: 'Conecta primero tu cuenta de Twilio: la troncal de la oficina se crea en ella.',
  stillWorking: 'Dialtone sigue trabajando en la troncal de la oficina. Espera a que termine.',
  numberIsLine:
    '{phoneNumber} es el número de tu línea de Dialtone: elige otro de tus números de Twilio para la oficina.',
  numberRingsTeam: '{phoneNumber} hace sonar a tu equipo: elige otro de tus números de Twilio para la oficina.',
  trunkUsesOtherNumber:
    'La troncal de la oficina usa {current}: elimínala primero para conectar la oficina con otro número.',
  connectOfficeFirst: 'Conecta primero la centralita de la oficina: sus archivos salen de la troncal.',
  noSuchFile: 'Esta centralita de oficina no tiene el archivo {fileName}.',
  extensionNeeded: 'Dale a Dialtone un número de extensión en la centralita Asterisk, como 1001.',
  checkFields: 'Revisa los campos de la centralita de la oficina.',
  notOnAccount: '{phoneNumber} no es uno de los números de esta cuenta de Twilio.',
  notOnAccountAdvice: 'Elige uno de los números de la lista, o compra uno primero en la consola de Twilio.',

  ipv4Expected: 'Se esperaba una dirección IPv4, como 203.0.113.7',
  privateAddress:
    'Twilio no puede llegar a una dirección privada o local: indica la dirección IPv4 pública de la centralita',
  pbxAddressTooLong: 'Usa 253 caracteres como máximo',
  pbxAddressExpected:
    'Se esperaba la dirección IPv4 pública o el nombre de host de la centralita, como 203.0.113.7 o pbx.example.com',
  trunkNameNeeded: 'Ponle un nombre a la troncal',
  trunkNameTooLong: 'Usa 64 caracteres como máximo',
  trunkNameCharacters: 'Usa solo letras, dígitos, espacios y signos de puntuación',
  sourceAddressNeeded:
    'La centralita tiene un nombre de host: indica también la dirección IPv4 pública desde la que llama',

  fileFreeswitchGateway:
    'Pasarela de FreeSWITCH a Twilio: colócala en sip_profiles/external/ y vuelve a cargar el perfil external.',
  fileAsteriskPjsip: 'Asterisk PJSIP: la troncal de Twilio y el teléfono Dialtone. Añádelo a /etc/asterisk/pjsip.conf.',
  fileAsteriskDialplan:
    'Plan de marcación de Asterisk: llamadas entrantes a Dialtone, salientes en formato E.164. Añádelo a /etc/asterisk/extensions.conf.',
  fileBigBlueButtonDialIn:
    'Acceso telefónico a BigBlueButton: colócalo en /opt/freeswitch/conf/dialplan/public/ y reinicia FreeSWITCH.',
  fileFirewallNotes: 'Lo que el cortafuegos delante de la centralita debe dejar pasar.',

  firewallTitle: 'Cortafuegos para la troncal de Twilio {domain}, ubicación {edge}',
  firewallAddresses: 'Direcciones de señalización SIP de Twilio para esta ubicación:',
  firewallAddress: '  {cidr}',
  firewallAddressUnverified: '  {cidr}  (SIN VERIFICAR)',
  firewallCheckUnverified:
    'Las direcciones marcadas SIN VERIFICAR no se han confirmado: compruébalas en {page} antes de fiarte de ellas.',
  firewallInboundSecure: 'Entrante: permite estas direcciones hacia {address} en {port}/TCP (TLS).',
  firewallInboundPlain: 'Entrante: permite estas direcciones hacia {address} en {port}/UDP y {port}/TCP.',
  firewallOutboundSecure: 'Saliente: permite {address} hacia estas direcciones en {port}/TCP (SIP sobre TLS).',
  firewallOutboundPlain: 'Saliente: permite {address} hacia estas direcciones en {port}/UDP y {port}/TCP (SIP).',
  firewallMedia:
    'Audio ({media}): permite {protocol} en ambos sentidos entre los puertos RTP de este servidor\ny {cidr}, puertos {firstPort}-{lastPort} (todas las regiones de Twilio).',
  taskUsername: 'Usuario {username}',
  taskCallsFrom: 'Llamadas desde {address}',
  taskAuthAlreadyRequired: 'Credenciales y dirección ya exigidas',
  taskAuthAdded: '{added} de 2 añadidas',
  taskNumberRouted: 'Las llamadas a {phoneNumber} van a {sipUrl}',

  removedNumberOffTrunk: 'Número {number} fuera de la troncal',
  removedNumberRouting: 'Enrutamiento del número {number} restablecido',
  removedNumberOffTrunkAndRouting: 'Número {number} fuera de la troncal, enrutamiento restablecido',
  removedTrunk: 'Troncal SIP {domain}',
  removedCredentials: 'Credenciales de la centralita {name}',
  removedAddresses: 'Direcciones de la centralita {name}',
} satisfies Translation<typeof officeWords>;
