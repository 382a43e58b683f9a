import type { inboxWords } from '../../../../shared/text/inbox-words';
import { recipientSentences, twilioFailureSentences } from '../../../../shared/text/inbox-words';
import type { Translation } from '../../catalogue-types';
import dialProblem from '../../dial-problem/es';
import twilioAdvice from '../../twilio-advice/es';

const keptKinds =
  'Dialtone guarda audio MP3 o WAV e imágenes JPEG, PNG, GIF o WebP de hasta 20 MB. Consulta este archivo en la consola de Twilio.';
const unfollowed =
  'Inténtalo de nuevo más tarde. Si sigue pasando, consulta este archivo en la consola de Twilio (Monitor > Logs).';

export default {
  noLineForMessages:
    'Los SMS necesitan una línea telefónica configurada con Twilio. Inicia la configuración de Twilio desde Ajustes.',
  notToSipAddress: 'Los SMS se envían a números de teléfono. Escribe un número de teléfono, no una dirección SIP.',
  sentNotSaved: 'El mensaje se envió, pero no se pudo guardar aquí.',
  pictureGone: 'Esta imagen ya no está aquí.',
  picturesOnly: 'Dialtone solo muestra imágenes. Abre este mensaje en tu teléfono para ver el archivo adjunto.',
  pictureGoneOnTwilio: 'Twilio ya no tiene esta imagen. Pide al remitente que la envíe de nuevo.',
  noLineToPlay:
    'Dialtone no tiene una línea telefónica de Twilio para reproducir este mensaje de voz. Inicia la configuración de Twilio desde Ajustes, Línea telefónica, y vuelve a intentarlo.',
  noLineToDelete:
    'Dialtone no tiene una línea telefónica de Twilio para eliminar este mensaje de voz en Twilio. Inicia la configuración de Twilio desde Ajustes, Línea telefónica, y vuelve a intentarlo.',
  voicemailGone: 'Este mensaje de voz ya no está aquí. Puede que se haya eliminado en otro dispositivo.',
  recordingGone:
    'La grabación de este mensaje de voz no está guardada en este ordenador y Twilio ya no la tiene. Solo queda su transcripción.',
  fileAddressUnfollowed: `Twilio envió la dirección del archivo de una forma que Dialtone no sigue. ${unfollowed}`,
  fileKind: `Twilio envió un tipo de archivo que Dialtone no guarda ({type}). ${keptKinds}`,
  fileWithoutType: `Twilio envió un tipo de archivo que Dialtone no guarda (sin tipo). ${keptKinds}`,
  fileTooLarge: `Twilio envió un archivo de más de {megabytes} MB. ${keptKinds}`,
  fileRedirects: `Twilio redirigió el archivo más de {count} veces. ${unfollowed}`,
  sentUnreadable:
    'Twilio aceptó el mensaje, pero lo describió de una forma que Dialtone no puede leer. No lo envíes de nuevo: si Twilio lo envió, aparecerá en la conversación en la próxima sincronización. Consulta Monitor > Logs > Messaging en la consola de Twilio.',
  unreachable: `Dialtone no pudo conectar con Twilio. ${twilioAdvice.connectionUnreachable}`,
  timeout: `Twilio no respondió a tiempo. ${twilioAdvice.connectionTimeout}`,
  insecure: `Dialtone no pudo establecer una conexión segura con Twilio. ${twilioAdvice.connectionInsecure}`,
  twilioSaidCoded: 'Respuesta de Twilio: {problem} (error de Twilio {code}). Consulta {moreInfo}.',
  twilioSaidSee: 'Respuesta de Twilio: {problem}. Consulta {moreInfo}.',
  twilioSaid: 'Respuesta de Twilio: {problem}. Revisa la consola de Twilio y vuelve a intentarlo.',
  ...twilioFailureSentences(twilioAdvice, { coded: '{problem} (error de Twilio {code}). ', uncoded: '{problem}. ' }),
  ...recipientSentences(dialProblem),
} satisfies Translation<typeof inboxWords>;
