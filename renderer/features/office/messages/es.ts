import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  sectionHeading: 'Centralita de la oficina',
  noneConnected:
    'No hay ninguna centralita de oficina conectada. Para conectar un servidor Asterisk, FreeSWITCH o BigBlueButton a través de Twilio, elige «Conectar una centralita de oficina» en la configuración.',
  summary: '{name}: {pbx} en {address}, número {number}',
  summaryTrunk: ', troncal {domain}',
  summaryReady: '.',
  summaryNotFinished: ' (sin terminar: vuelve a hacer el recorrido de oficina de la configuración).',

  passwordNote:
    ' Copiar deja {placeholder} donde va una contraseña; Guardar escribe el archivo con la contraseña real.',
  copyFile: 'Copiar {file}',
  saveFile: 'Guardar {file}',
  copied: 'Copiado.',

  removeTrunk: 'Eliminar la troncal de la oficina',
  removeExplain:
    'Dialtone elimina la troncal, sus credenciales y su lista de direcciones en Twilio, y devuelve al número el enrutamiento que tenía. La centralita ya no podrá llamar a través de Twilio.',
  removing: 'Eliminando…',
  removeFromTwilio: 'Eliminar de Twilio',
  keepIt: 'Conservarla',
  removedFromTwilio: 'Eliminado de Twilio: {items}.',
  nothingToRemove: 'No quedaba nada que eliminar.',

  taskTrunk: 'Troncal Elastic SIP',
  taskOrigination: 'Origen: llamadas a la centralita',
  taskCredentials: 'Credenciales de la centralita',
  taskIpAccess: 'Dirección de la centralita permitida',
  taskTerminationAuth: 'Terminación: llamadas desde la centralita',
  taskNumber: 'Número movido a la troncal',
  connectedHeading: 'La centralita de tu oficina está conectada',
  connectedIntro:
    'Las llamadas a {number} van a {address}. Carga estos archivos en {pbx}: envía las llamadas a Twilio a través de {domain} como {username}.',
  finish: 'Terminar',
  connectAccountHeading: 'Conecta tu cuenta de Twilio',
  connectAccountIntro: 'Dialtone crea la troncal de la oficina en tu cuenta de Twilio: conéctala primero.',
  connectHeading: 'Conectar una centralita de oficina',
  loading: 'Cargando…',
  connectingHeading: 'Conectando la centralita de tu oficina',
  workingWithTwilio: 'Trabajando con Twilio…',
  connectIntro:
    'Dialtone conecta tu servidor Asterisk, FreeSWITCH o BigBlueButton a Twilio mediante una troncal Elastic SIP, le asigna un número y escribe la configuración de la centralita.',

  phoneSystem: 'Centralita',
  pbxAddress: 'Dirección de la centralita',
  pbxAddressHint: 'Su dirección IPv4 pública o nombre de host: adonde Twilio envía las llamadas a la oficina.',
  sipPort: 'Puerto SIP',
  sipPortHint: 'Déjalo vacío para usar el habitual: 5061 con TLS, 5060 sin él.',
  encrypt: 'Cifrar las llamadas (TLS y SRTP)',
  encryptHint:
    'La troncal segura de Twilio: señalización por TLS y audio por SRTP. Desactívalo solo si la centralita no lo admite.',
  sourceAddress: 'Dirección desde la que llama la centralita',
  sourceAddressHint:
    'La centralita tiene un nombre de host: Twilio admite llamadas desde una única dirección IPv4 pública, como 203.0.113.7.',
  officeNumber: 'Número de la oficina',
  officeNumberHint: 'Las llamadas a este número van a la centralita; deja de sonar en cualquier otro sitio.',
  noFreeNumber:
    'Esta cuenta de Twilio no tiene ningún número libre para la oficina: compra uno en la consola de Twilio y vuelve.',
  trunkName: 'Nombre de la troncal',
  officeCountry: 'País de la oficina',
  officeCountryHint: 'Cómo marcan los números nacionales los teléfonos de la oficina.',
  dialtoneExtension: 'Extensión de Dialtone',
  dialtoneExtensionHint: 'El número de extensión de este ordenador en la centralita, como 1001.',
  addDialtonePhone: 'Añadir Dialtone como teléfono en esta centralita',
  addDialtonePhoneHint:
    'Dialtone inicia sesión en la centralita con esta extensión cuando los archivos estén cargados en ella.',
  connecting: 'Conectando…',
  connectOffice: 'Conectar la oficina',
  defaultTrunkName: 'Centralita de la oficina',

  errorPbxAddress: 'Escribe la dirección pública de la centralita, como 203.0.113.7 o pbx.example.com.',
  errorPbxAddressLong:
    'La dirección de la centralita tiene como máximo 253 caracteres: su dirección IPv4 o su nombre de host.',
  errorPort: 'El puerto SIP es un número del 1 al 65535; déjalo vacío para usar el habitual.',
  errorSourceAddress:
    'La centralita tiene un nombre de host: escribe la dirección IPv4 pública desde la que llegan sus llamadas, como 203.0.113.7.',
  errorFriendlyNameLong: 'El nombre de la troncal tiene como máximo 64 caracteres.',
  errorPhoneNumber: 'Elige el número por el que llegan las llamadas a la oficina.',
  errorFriendlyName: 'Ponle un nombre a la troncal.',
  errorExtension: 'La extensión tiene de 2 a 6 dígitos y no empieza por 0, como 1001.',
} satisfies Translation<typeof en>;
