import type { callsWords } from '../../../../shared/text/calls-words';
import type { Translation } from '../../catalogue-types';

export default {
  callEnded: 'Esa llamada ya ha terminado.',
  noLine: 'Todavía no hay ninguna línea telefónica conectada. Configura tu cuenta o revísala en Ajustes.',
  recordingNotHere: 'Aquí no se pueden grabar llamadas.',
  recordingNeedsOnDemand:
    'La grabación a petición funciona en las llamadas de tu línea de Twilio cuando en Ajustes, Gestión de llamadas, Grabación está elegido «Grabar cuando pulse Grabar». Elígelo ahí y vuelve a pulsar Grabar.',
  recordingNeedsAnswer: 'Una llamada se puede grabar cuando se ha respondido.',
  recordingCallNotListed:
    'Twilio todavía no muestra esta llamada como en curso, así que no se puede grabar. Espera unos segundos y vuelve a pulsar Grabar.',
  recordingGone: 'Esta grabación ya no está en Twilio: puede que se haya eliminado allí.',

  mergeSoundTest: 'La prueba de sonido no se puede combinar con una llamada.',
  mergeNeedsAnswer: 'Solo se pueden combinar llamadas respondidas: espera a que las dos llamadas estén conectadas.',
  mergeNoAudio: 'Una llamada todavía no tiene audio: espera un momento y vuelve a combinarlas.',
  mergeSameCall: 'Elige dos llamadas distintas para combinarlas.',
  mergeAlreadyThreeWay: 'Ya hay una llamada a tres en curso: sepárala o cuelga primero a uno de los participantes.',
  mergeCallEnded: 'Una de las llamadas terminó antes de que se pudieran combinar.',
  splitNotThreeWay: 'Esa llamada no forma parte de una llamada a tres.',

  soundTestNoKeypad: 'La prueba de sonido no tiene menú de teclado; simplemente habla después del pitido.',
  soundTestNothingToAnswer: 'La prueba de sonido es una llamada que haces tú; no hay nada que responder.',

  transferSplitFirst: 'Esta llamada forma parte de una llamada a tres: sepárala primero y después transfiérela.',
  transferSoundTest: 'La prueba de sonido no se puede transferir.',
  transferBadTarget: 'No es una dirección a la que se pueda transferir una llamada: {target}',
  transferTwilioBlindOnly: 'Twilio solo hace transferencias directas: usa Transferir ahora.',
  transferPickCall: 'Elige otra llamada de esta línea a la que pasar esta.',
  transferConsultationNotConnected:
    'La llamada de consulta no está conectada: espera a que respondan o transfiere ahora.',
  transferNeedsConnected: 'Solo se puede transferir una llamada conectada.',
  transferAlreadyGoing: 'Esta llamada ya se está transfiriendo.',
  transferTwilioRefused:
    'Twilio rechazó la transferencia ({status}): activa Enhanced Programmable SIP Features en la Twilio Console (Voice > Settings) y vuelve a intentarlo. La llamada ha vuelto.',
  transferRefused:
    'El otro lado rechazó la transferencia ({status}). La llamada ha vuelto; puedes colgar y llamar tú a la persona.',
  transferTargetBusy: 'El destino de la transferencia está ocupado. La llamada ha vuelto.',
  transferTargetDeclined: 'El destino de la transferencia rechazó la llamada. La llamada ha vuelto.',
  transferTwilioFailed:
    'Twilio no pudo transferir la llamada: comprueba que Enhanced Programmable SIP Features está activado en la Twilio Console (Voice > Settings) y que se puede llamar al número. La llamada ha vuelto.',
  transferTargetUnreachable: 'No se pudo contactar con el destino de la transferencia. La llamada ha vuelto.',
  transferTargetUnreachableStatus:
    'No se pudo contactar con el destino de la transferencia ({status}). La llamada ha vuelto.',
  transferNoAnswer: 'La transferencia no obtuvo respuesta en {seconds} segundos. La llamada ha vuelto.',

  registrationBadCredentials:
    'El servidor SIP rechazó el nombre de usuario o la contraseña ({status}). Revísalos en los ajustes de la cuenta.',
  registrationUnknownAddress: 'El servidor SIP no conoce esta dirección (404). Revisa la dirección SIP y su dominio.',
  registrationServerError:
    'El servidor SIP no pudo registrar este teléfono ({status} {reason}). Dialtone lo volverá a intentar.',
  registrationNotListed:
    'El servidor SIP aceptó el registro, pero no incluyó este teléfono entre los registrados. Dialtone lo volverá a intentar.',
  registrationUnreachable:
    'Dialtone no puede conectar con el servidor SIP. Revisa tu conexión a Internet; Dialtone lo volverá a intentar.',

  sipServerNotFound:
    'No se encontró el servidor SIP {server}. Revisa la dirección del servidor en los ajustes de la cuenta y tu conexión a Internet.',
  sipServerRefused:
    'El servidor SIP {server} rechazó la conexión. Revisa la dirección del servidor, el puerto y si espera TCP o TLS.',
  sipServerUnreachable: 'Dialtone no pudo conectar con el servidor SIP {server}. Revisa tu conexión a Internet.',
  sipServerUnreachableCode:
    'Dialtone no pudo conectar con el servidor SIP {server} ({code}). Revisa tu conexión a Internet.',
  sipTlsFailed:
    'La conexión segura con el servidor SIP {server} ha fallado. Comprueba que este puerto usa TLS (normalmente el 5061) o elige TCP en los ajustes de la cuenta.',
  sipServerTimeout:
    'El servidor SIP {server} no respondió a tiempo. Si sigue pasando, revisa tu conexión a Internet y la dirección del servidor.',
  sipConnectionClosed:
    'Se cerró la conexión con el servidor SIP {server}. Si sigue pasando, revisa tu conexión a Internet.',
  sipUnreadableData:
    'El servidor SIP {server} envió datos que Dialtone no pudo leer, así que se cerró la conexión. Si sigue pasando, revisa tu conexión a Internet.',
  sipCertificateExpired:
    'El certificado del servidor SIP no es válido hoy. Revisa la fecha y la hora de tu ordenador; si son correctas, el administrador del servidor tiene que renovar el certificado.',
  sipCertificateWrongName:
    'El certificado del servidor SIP no está emitido para {server}. Revisa la dirección del servidor en los ajustes de la cuenta.',
  sipCertificateNotPinned:
    'El certificado del servidor SIP no es el fijado en los ajustes de la cuenta. Si se sustituyó el certificado del servidor, fija el nuevo; si no, puede que alguien esté interceptando la conexión.',
  sipCertificateUntrusted:
    'El certificado del servidor SIP no es de confianza. Si es tu propia centralita, añade su certificado en los ajustes de la cuenta.',
} satisfies Translation<typeof callsWords>;
