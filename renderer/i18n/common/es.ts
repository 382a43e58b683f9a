import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  durationSeconds: '{seconds} s',
  durationMinutes: '{minutes} min',
  durationMinutesSeconds: '{minutes} min {seconds} s',
  durationHours: '{hours} h',
  durationHoursMinutes: '{hours} h {minutes} min',
  today: 'Hoy',
  yesterday: 'Ayer',
  pause: ', ',
  draftNoRecipient: 'Escribe el número al que enviar el mensaje.',
  draftRecipientTooLong:
    'Es demasiado largo para un número de teléfono: escribe solo el número, con su prefijo de país, como +34 612 34 56 78.',
  draftEmpty: 'Escribe un mensaje primero.',
  draftTooLong: 'Un mensaje puede tener como máximo {limit, number} caracteres: acórtalo en {over, number}.',
  attachmentNotPicture: 'Dialtone no puede mostrar este archivo adjunto: solo muestra imágenes JPEG, PNG, GIF y WebP.',
  voicemailGone: 'Este mensaje de voz ya no está. Puede que se haya eliminado en Twilio o en otro dispositivo.',
  voicemailRecordingDamaged:
    'La grabación guardada está dañada. Elimina este mensaje de voz o pide a quien llamó que vuelva a llamar.',
  callRecordingDamaged: 'Twilio ha enviado esta grabación dañada. Vuelve a intentarlo dentro de unos minutos.',
  greetingDamaged: 'La grabación está dañada. Vuelve a grabarla.',
  microphoneNotAllowed:
    'Dialtone no tiene permiso para usar el micrófono, así que la otra persona no te oye. Permite el acceso al micrófono y vuelve a llamar.',
  microphoneNotFound:
    'No se ha encontrado ningún micrófono. Conecta unos auriculares o un micrófono y vuelve a llamar.',
  callAudioFailed: 'No se ha podido iniciar el audio de la llamada ({detail}). Cuelga y vuelve a llamar.',
  noMediaDevices:
    'Esta ventana no puede usar dispositivos de audio. Reinicia Dialtone; si usas la versión de navegador, ábrela desde 127.0.0.1.',
  microphoneAccessDenied:
    'Dialtone no tiene permiso para usar el micrófono, así que los nombres de los dispositivos están ocultos y las llamadas no tendrán sonido. Permite el acceso al micrófono en los ajustes de privacidad del sistema y reinicia Dialtone.',
  devicesNotListed:
    'No se han podido mostrar los dispositivos de audio. Vuelve a conectar los auriculares o reinicia Dialtone.',
  callMoveFailed:
    '{device, select, microphone {La llamada no ha podido pasar al nuevo micrófono. Elige otro micrófono en Ajustes, Audio.} other {La llamada no ha podido pasar al nuevo altavoz. Elige otro altavoz en Ajustes, Audio.}}',
  systemDefaultDevice: 'el predeterminado del sistema',
  namedSystemDefaultDevice: '{name} (predeterminado del sistema)',
  deviceDisconnected:
    '{device, select, microphone {{from} se ha desconectado. El micrófono de la llamada sigue en {to}.} other {{from} se ha desconectado. El sonido de la llamada sigue en {to}.}}',
  deviceBack:
    '{device, select, microphone {{name} ha vuelto. El micrófono de la llamada ha pasado a él.} other {{name} ha vuelto. El sonido de la llamada ha pasado a él.}}',
  linkNotCallable: 'No se puede llamar a este enlace: {problem}',
  linkExtension: 'Extensión {extension}: márcala en el teclado cuando se responda la llamada.',
  importNotContactsFile:
    '{name} no es un archivo vCard (.vcf) ni CSV. Exporta tus contactos en uno de esos formatos y elige ese archivo.',
  backendUnreachable:
    'El motor de Dialtone no ha respondido. Reinicia Dialtone; si sigue pasando, vuelve a instalarlo.',
} satisfies Translation<typeof en>;
