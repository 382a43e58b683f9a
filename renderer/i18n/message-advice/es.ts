import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  title20003: 'Twilio no aceptó el inicio de sesión de Dialtone',
  do20003:
    'El Account SID y el Auth Token (o la clave de API) que usa Dialtone se cambiaron o eliminaron, o la cuenta está suspendida. Vuelve a conectar tu cuenta de Twilio en Ajustes y envía el mensaje de nuevo.',
  title21211: 'No es un número que pueda recibir SMS',
  do21211:
    'Comprueba el número y escríbelo con su prefijo de país, como +34 612 34 56 78. Los números cortos (como 12345) y los nombres de remitente (como AMAZON) no pueden recibir SMS.',
  title21408: 'Tu cuenta de Twilio no puede enviar SMS a ese país',
  do21408:
    'Twilio solo envía SMS a los países permitidos en sus Messaging Geographic Permissions. Permite el país en la consola de Twilio, en Messaging > Settings > Geo permissions, y envía el mensaje de nuevo.',
  title21606: 'Tu número no puede enviar este SMS',
  do21606:
    'Twilio no permite que este número envíe SMS, o no a este destino. Comprueba sus funciones en la consola de Twilio, en Phone Numbers > Active numbers, o envía el SMS desde un número que pueda hacerlo.',
  title21608: 'Una cuenta de prueba solo puede enviar SMS a números verificados',
  do21608: 'Verifica este número en la consola de Twilio, en Phone Numbers > Verified Caller IDs, o mejora la cuenta.',
  title21610: 'Esta persona se dio de baja de tus SMS',
  do21610:
    'Respondió STOP a tu número, y Twilio no le enviará más SMS hasta que envíe START a ese número. Llámala si necesitas contactarla.',
  title21612: 'Twilio no puede transmitir SMS entre tu número y este',
  do21612:
    'Este número no puede recibir SMS desde el tuyo; puede que sea un fijo. Comprueba el número o llama en su lugar.',
  title21614: 'No es un número de móvil',
  do21614:
    'Probablemente es un fijo o un número que no existe, así que no puede recibir SMS. Llama a la persona en su lugar o pídele un número de móvil.',
  title30001: 'El SMS esperó demasiado en la cola de Twilio',
  do30001:
    'Twilio envía más o menos una parte por segundo desde un número local y abandonó este SMS tras horas en la cola. Envíalo de nuevo.',
  title30002: 'Tu cuenta de Twilio está suspendida',
  do30002:
    'Twilio dejó de enviar porque la cuenta está suspendida, a menudo por un saldo pendiente. Lee el correo de Twilio sobre ello, paga el saldo en la consola de Twilio o contacta con el soporte de Twilio, y envía el mensaje de nuevo.',
  title30003: 'No se pudo contactar con el teléfono',
  do30003:
    'Puede que esté apagado, sin cobertura o que no pueda recibir SMS. Envíalo de nuevo más tarde o llama en su lugar.',
  title30004: 'El número del destinatario bloqueó este SMS',
  do30004:
    'Puede que haya bloqueado tu número o se haya dado de baja. Pregúntale, por ejemplo con una llamada; si antes respondió STOP, puede enviar START a tu número.',
  title30005: 'El número es desconocido o ya no está en servicio',
  do30005: 'Comprueba el número con la persona: puede que se haya dado de baja o que nunca haya existido.',
  title30006: 'Ese número no puede recibir SMS',
  do30006:
    'Probablemente es un fijo, o no se puede contactar con su operador. Llama a la persona en su lugar o pídele un número de móvil.',
  title30007: 'El SMS se filtró como no deseado',
  do30007:
    'Twilio o el operador del destinatario lo bloqueó como posible spam. Escribe de forma más sencilla y sin enlaces; si sigue pasando, contacta con el soporte de Twilio con los detalles del mensaje.',
  title30008: 'La entrega falló por un motivo que el operador no indicó',
  do30008:
    'Envíalo de nuevo en unos minutos. Si vuelve a fallar, contacta con el soporte de Twilio con los detalles del mensaje.',
  title30032: 'Este número gratuito no está verificado para enviar SMS',
  do30032:
    'Twilio bloquea los SMS de un número gratuito a Estados Unidos y Canadá hasta que se aprueba su Toll-Free Verification. Envíala en la consola de Twilio (Phone Numbers > Active numbers, Regulatory Information del número) y envía el mensaje de nuevo cuando se apruebe.',
  title30034: 'Tu número no está registrado para enviar SMS en EE. UU. (A2P 10DLC)',
  do30034:
    'Los operadores de EE. UU. solo entregan los SMS enviados desde un número local (de 10 dígitos) de EE. UU. o Canadá cuando está registrado para A2P 10DLC. En la consola de Twilio, en Messaging > Regulatory Compliance (Trust Hub), registra una Brand (quién eres) y una Campaign (qué envías), y añade este número al Messaging Service de la Campaign. La aprobación tarda días; hasta entonces, los SMS a EE. UU. fallan.',
  title30035: 'El registro A2P 10DLC de tu número no ha terminado',
  do30035:
    'Twilio aún está registrando este número con los operadores de EE. UU. Comprueba su estado en la consola de Twilio, en Messaging > Regulatory Compliance, y envía el mensaje de nuevo cuando esté registrado en una Campaign aprobada.',
  title30036: 'El SMS caducó antes de que Twilio pudiera enviarlo',
  do30036: 'Esperó en la cola de Twilio más tiempo del permitido. Envíalo de nuevo.',
  noReasonTitle: 'Twilio no dio ningún motivo',
  noReasonDo: 'Comprueba el número y envía el mensaje de nuevo.',
  unknownTitle: 'Twilio no pudo enviar este SMS (error {code})',
  unknownDo:
    'Envíalo de nuevo. Si vuelve a fallar, busca el error {code} en el sitio de Twilio o contacta con el soporte de Twilio con los detalles del mensaje.',
  oddTitle: 'Twilio no pudo enviar este SMS',
  oddDo: 'Envíalo de nuevo. Si vuelve a fallar, contacta con el soporte de Twilio con los detalles del mensaje.',
  linkErrorPage: 'Sobre el error {code} en el sitio de Twilio',
  linkA2p10dlc: 'Cómo registrarse para A2P 10DLC en Twilio',
} satisfies Translation<typeof en>;
