import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  transportTls: 'TLS (recomendado)',
  transportTcp: 'TCP',
  srtpOff: 'Desactivado',
  srtpOptional: 'Cuando sea posible',
  srtpMandatory: 'Obligatorio',
  passwordKeep: 'Déjalo vacío para conservar la contraseña guardada.',
  passwordNew: 'Se guarda cifrada en este ordenador y no se vuelve a mostrar.',
  sipAddressLabel: 'Dirección SIP',
  sipAddressHint: 'De tu proveedor o del administrador de tu centralita, como alice@example.com.',
  sipAddressPlaceholder: 'alice@example.com',
  passwordLabel: 'Contraseña',
  authUsernameLabel: 'Nombre de usuario para iniciar sesión',
  authUsernameHintDefault:
    'Déjalo vacío para usar «{user}», la parte de la dirección antes de @. Algunos proveedores dan un ID de autenticación aparte.',
  authUsernameHint:
    'Déjalo vacío para usar la parte de la dirección SIP antes de @. Algunos proveedores dan un ID de autenticación aparte.',
  registrarLabel: 'Servidor',
  registrarHintDefault:
    'Déjalo vacío para usar «{domain}», el dominio de la dirección. Añade :puerto solo si el servidor no usa el estándar.',
  registrarHint:
    'Déjalo vacío para usar el dominio de la dirección SIP. Añade :puerto solo si el servidor no usa el estándar.',
  outboundProxyLabel: 'Proxy de salida',
  outboundProxyHint: 'Solo si tu proveedor lo pide, como proxy.example.com:5061.',
  connectionLegend: 'Conexión',
  connectionHint:
    'TLS cifra el inicio de sesión y el establecimiento de las llamadas. Elige TCP solo si el servidor no ofrece TLS.',
  encryptionLegend: 'Cifrado de las llamadas',
  encryptionHint:
    'Cifra el sonido de las llamadas (SRTP). Obligatorio rechaza las llamadas que el otro lado no puede cifrar.',
  displayNameLabel: 'Nombre visible',
  displayNameHint: 'El nombre que ven las personas a las que llamas, si su teléfono muestra uno.',
  lineNameLabel: 'Nombre de esta línea',
  lineNameHint: 'Cómo muestra Dialtone esta cuenta. Déjalo vacío para usar la dirección SIP.',
  stunLabel: 'Servidor STUN',
  stunHint:
    'Ayuda a que las llamadas atraviesen los routers domésticos, como stun.example.com:3478. Déjalo vacío salvo que tu proveedor sugiera uno.',
  advancedSummary: 'Avanzado: confiar en un servidor privado',
  advancedIntro:
    'Para una centralita cuyo certificado no reconoce este ordenador, como uno autofirmado. Rellena uno de estos campos.',
  caLabel: 'Autoridad de certificación (PEM)',
  caHint:
    'Pega el certificado, desde -----BEGIN CERTIFICATE----- hasta -----END CERTIFICATE-----. Dialtone confía en él además de en los del ordenador.',
  pinLabel: 'O exactamente este certificado de servidor (huella SHA-256)',
  pinHint: '64 dígitos hexadecimales; se permiten dos puntos entre pares.',
  enabledLabel: 'Usar esta cuenta',
  enabledHint: 'Desactívala para quedarte sin conexión sin eliminar la cuenta.',

  editTitle: 'Editar cuenta SIP',
  addTitle: 'Añadir una cuenta SIP',
  dialogIntro:
    'Conecta Dialtone a tu proveedor SIP o a la centralita de tu oficina (PBX). Solo hacen falta la dirección SIP y la contraseña; el resto tiene valores predeterminados razonables.',
  cancel: 'Cancelar',
  save: 'Guardar',
  saving: 'Guardando…',
  fieldsNeedChange: 'Hay campos que cambiar; cada uno dice qué hacer.',

  rowDetail: '{registrar} por {transport}, {encryption}',
  rowDetailWithAddress: '{address} · {registrar} por {transport}, {encryption}',
  rowSrtpOff: 'llamadas sin cifrar',
  rowSrtpOptional: 'llamadas cifradas cuando es posible',
  rowSrtpMandatory: 'llamadas siempre cifradas',
  edit: 'Editar',
  remove: 'Eliminar',
  lineOff: 'Desactivada',
  lineNoPassword: 'Sin conexión: no hay ninguna contraseña guardada. Usa Editar para introducirla.',
  lineConnecting: 'Conectando…',
  lineNotInUse: 'No se usa: otra cuenta es la línea telefónica',

  sectionHeading: 'Línea telefónica',
  lookingForLine: 'Buscando tu línea telefónica…',
  noLineTitle: 'Aún no hay línea telefónica',
  noLineHint:
    'Conecta Dialtone a cualquier proveedor SIP o centralita de oficina (PBX) con la dirección SIP y la contraseña que te dieron.',
  removeTitle: '¿Eliminar {label}?',
  removeMessage:
    'Dialtone desconecta esta línea telefónica y olvida la cuenta y su contraseña guardada. Para volver a añadirla necesitarás la contraseña.',
  removeConfirm: 'Eliminar cuenta',
  removing: 'Eliminando…',

  srtpKeysInClear:
    'Con TCP, las claves que cifran el sonido viajan sin cifrar con el establecimiento de la llamada: cualquiera que pueda leerlo puede escuchar. Elige TLS para mantenerlas en secreto.',
  sipAddressEmpty: 'Introduce la dirección SIP que te dio tu proveedor, como alice@example.com.',
  sipAddressInvalid:
    'Una dirección SIP es como alice@example.com: un nombre de usuario, @ y luego el dominio, sin espacios.',
  passwordEmpty: 'Introduce la contraseña de esta cuenta SIP.',
  passwordTooLong: 'La contraseña puede tener como máximo 256 caracteres.',
  authUsernameTooLong: 'El nombre de usuario puede tener como máximo 256 caracteres.',
  registrarInvalid:
    'El servidor es un nombre de host o una dirección IP, opcionalmente con :puerto, como sip.example.com o sip.example.com:5061.',
  registrarBadPort: 'El puerto del servidor debe estar entre 1 y 65535.',
  registrarEmpty: 'Introduce el servidor, como sip.example.com.',
  outboundProxyInvalid:
    'El proxy de salida es un nombre de host o una dirección IP, opcionalmente con :puerto, como proxy.example.com:5061.',
  outboundProxyBadPort: 'El puerto del proxy de salida debe estar entre 1 y 65535.',
  stunInvalid:
    'El servidor STUN es un nombre de host o una dirección IP, opcionalmente con :puerto, como stun.example.com:3478.',
  stunBadPort: 'El puerto del servidor STUN debe estar entre 1 y 65535.',
  displayNameTooLong: 'El nombre visible puede tener como máximo 100 caracteres.',
  labelTooLong: 'El nombre puede tener como máximo 100 caracteres.',
  pemInvalid:
    'Pega el certificado completo en formato PEM, desde -----BEGIN CERTIFICATE----- hasta -----END CERTIFICATE-----.',
  fingerprintInvalid: 'Una huella SHA-256 tiene 64 dígitos hexadecimales; se permiten dos puntos entre pares.',
} satisfies Translation<typeof en>;
