import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  checkCredentials:
    'Comprueba el Account SID y el Auth Token (o el SID y el secreto de la clave de API) en la consola de Twilio, en Account Info, y vuelve a pegarlos. Si iniciaste sesión con una clave de API, puede que se haya eliminado.',
  addressNeeded:
    'Este número necesita una dirección registrada. Añade una en la consola de Twilio, en Phone Numbers > Regulatory Compliance > Addresses, y vuelve a intentarlo; o elige un número cuyo requisito de dirección sea "none".',
  bundleNeeded:
    'Los números de este país y tipo necesitan un paquete regulatorio (bundle) aprobado. Crea uno en la consola de Twilio, en Phone Numbers > Regulatory Compliance > Bundles, y vuelve a intentarlo; o elige un número de otro país o de otro tipo.',
  trialVerifiedOnly:
    'Las cuentas de prueba solo pueden llamar y enviar SMS a números verificados. Verifica este número en la consola de Twilio, en Phone Numbers > Verified Caller IDs, o mejora la cuenta a una de pago.',
  code20001:
    'Twilio no aceptó un valor que envió Dialtone. Vuelve a intentarlo; si sigue pasando, infórmalo con el código de arriba.',
  code20002:
    'Twilio no aceptó un nombre que envió Dialtone. Vuelve a intentarlo; si sigue pasando, infórmalo con el código de arriba.',
  code20005:
    'Esta cuenta de Twilio está suspendida o cerrada. Comprueba su estado en la consola de Twilio y vuelve a intentarlo.',
  code20008:
    'Son credenciales de prueba, que no permiten hacer esto. Usa el Account SID y el Auth Token reales de la consola de Twilio.',
  code20403:
    'Estas credenciales no tienen permiso para hacer esto. Si iniciaste sesión con una clave de API restringida, usa el Auth Token o una clave de API estándar.',
  code20404:
    'Twilio no encontró algo que Dialtone esperaba; puede que se haya eliminado en la consola de Twilio. Vuelve a intentarlo: Dialtone vuelve a crear lo que falta.',
  code20429:
    'Twilio está recibiendo demasiadas solicitudes de esta cuenta ahora mismo. Espera un minuto y vuelve a intentarlo.',
  code21651:
    'Los documentos regulatorios registrados no cumplen los requisitos de este número. Revisa tu paquete en la consola de Twilio, en Phone Numbers > Regulatory Compliance, o elige otro número.',
  code21422: 'Ese número ya no está disponible. Busca de nuevo y elige otro.',
  code21452: 'No hay números disponibles con ese prefijo. Prueba otro prefijo o busca sin él.',
  code21421: 'Ese número de teléfono no es válido. Busca de nuevo y elige un número de los resultados.',
  code10002:
    'Las cuentas de prueba solo pueden tener un número de teléfono. Mejora la cuenta en la consola de Twilio o usa el número de prueba que ya tienes.',
  code10004:
    'Hay demasiadas llamadas en curso en esta cuenta (las cuentas de prueba y las recién mejoradas tienen límites bajos). Espera a que termine una llamada o pide al soporte de Twilio que suba el límite.',
  code21230:
    'Esta cuenta ya tiene 100 dominios SIP, el límite de Twilio. Elimina los que ya no uses en la consola de Twilio, en Voice > SIP Domains, y vuelve a intentarlo.',
  twilioTrouble: 'Twilio tuvo un problema temporal. Espera un minuto y vuelve a intentarlo.',
  connectionUnreachable: 'Comprueba tu conexión a Internet y vuelve a intentarlo.',
  connectionTimeout:
    'Comprueba tu conexión a Internet y vuelve a intentarlo. Si sigue pasando, puede que Twilio tenga problemas: consulta status.twilio.com.',
  connectionInsecure:
    'Puede que un cortafuegos, un proxy o un antivirus esté interceptando las conexiones seguras, o que la fecha y la hora de este ordenador sean incorrectas. Compruébalas y vuelve a intentarlo.',
} satisfies Translation<typeof en>;
