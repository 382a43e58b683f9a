import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  sectionHeading: 'Gestión de llamadas',
  noLine:
    'El desvío, No molestar y los llamantes bloqueados funcionan en Twilio, así que llegan con la configuración de Twilio: cuando Dialtone haya configurado tu línea de Twilio, podrás elegirlos aquí.',
  intro:
    'Twilio aplica estos ajustes, así que funcionan aunque tu ordenador esté apagado. Los cambios se aplican a la siguiente llamada.',
  cardForwarding: 'Desvío de llamadas',
  cardDoNotDisturb: 'No molestar',
  cardBusinessHours: 'Horario de atención',
  cardTimeZone: 'Zona horaria',
  cardBlocked: 'Llamantes bloqueados',
  cardUnverified: 'Llamantes no verificados',
  cardGreetings: 'Saludos',
  cardPhoneMenu: 'Menú telefónico',
  cardRecording: 'Grabación',
  cardAutoReply: 'Respuesta automática',
  saveFailed: 'Dialtone no ha podido guardar el cambio. Inténtalo de nuevo.',
  cancel: 'Cancelar',
  remove: 'Eliminar',
  listen: 'Escuchar',
  stop: 'Detener',

  tryAgain: 'Reintentar',
  checkWithTwilio: 'Comprobar con Twilio',
  briefNotLiveWhere: '{status} La respuesta de Twilio y Reintentar están en Gestión de llamadas.',
  momentUnreadable: 'a una hora que Dialtone no ha podido leer',
  momentOtherDay: '{day}, {time}',
  syncNone: 'Guardado en Dialtone. Comprueba con Twilio si Twilio tiene lo mismo.',
  syncSending: 'Enviando a Twilio…',
  syncLive: 'Activo en Twilio desde {moment}.',
  syncNotLive: 'No está activo en Twilio: tus cambios están guardados en Dialtone, pero Twilio aún no los tiene.',
  checkChecking: 'Comprobando con Twilio…',
  checkSame: 'Twilio tiene todos los ajustes tal como están guardados aquí (comprobado {moment}).',
  checkDifferent:
    'En Twilio, estos ajustes no coinciden con lo guardado aquí (comprobado {moment}). Reintentar envía lo que está guardado aquí.',
  checkFailed: 'Dialtone no ha podido comprobar con Twilio: {message} {whatToDo}',

  forwardCalls: 'Desviar llamadas',
  modeOff: 'Desactivado',
  modeNoAnswer: 'Si Dialtone no contesta o no está conectado',
  modeNotConnected: 'Solo cuando Dialtone no está conectado',
  modeTogether: 'Dialtone y mis otros teléfonos a la vez',
  modeAlways: 'Desviar siempre',
  modeHintOff: 'Las llamadas solo suenan en Dialtone.',
  modeHintNoAnswer:
    'Dialtone suena durante {seconds} segundos; si no contestas, o si Dialtone está cerrado o sin conexión, suenan tus otros teléfonos.',
  modeHintNotConnected:
    'Mientras Dialtone está cerrado o sin conexión, tus otros teléfonos suenan enseguida; si no, las llamadas solo suenan en Dialtone.',
  modeHintTogether: 'Dialtone y tus otros teléfonos suenan a la vez; el primero que contesta se queda con la llamada.',
  modeHintAlways: 'Las llamadas van directamente a tus otros teléfonos; Dialtone no suena.',
  modeHintMessage: ' Si ningún teléfono contesta, el llamante puede dejar un mensaje.',
  forwardingMissing: 'Añade el número al que desviar las llamadas: el desvío empieza en cuanto lo añadas.',
  forwardingTurnedOff:
    'No queda ningún número de desvío, así que el desvío está desactivado y las llamadas que se desviaban van al buzón de voz.',
  forwardingCost:
    'Las llamadas desviadas muestran el número del llamante. Cada llamada desviada es una segunda llamada en tu cuenta de Twilio, facturada por minuto.',
  forwardingTrial:
    'Tu cuenta de Twilio es de prueba: solo puede llamar a números que hayas verificado. Verifica cada número en la consola de Twilio, en Phone Numbers > Verified Caller IDs.',
  forwardingNumbers: 'Números de desvío',
  removeNumber: 'Eliminar {number}',
  forwardingFull: 'Las llamadas suenan como máximo en {limit} números a la vez: elimina uno para añadir otro.',
  numberToForwardTo: 'Número al que desviar',
  anotherNumber: 'Otro número',
  add: 'Añadir',
  forwardTypeNumber:
    'Escribe un número de teléfono, como tu móvil: tal como lo marcarías, o con + y el prefijo del país.',
  forwardNoCodes:
    'El desvío marca solo el número, sin códigos ni extensión: usa un número que haga sonar el propio teléfono.',
  forwardEmergency: 'Las llamadas no se pueden desviar a los servicios de emergencia.',
  forwardUnknownCountry:
    'Dialtone no puede saber en qué país está {number}, así que puede que tu línea no pueda llamarlo: desvía a otro número.',
  forwardCountryNotAllowed:
    'Tu línea no puede llamar a números de este país ({country}), así que no se pueden desviar llamadas a {number}. Añade {country} en Ajustes, Twilio, «Llamadas a otros países» y vuelve a añadir el número.',
  forwardSip: 'Desvía a un número de teléfono: no se puede desviar a una dirección SIP.',
  forwardOwnNumber: 'Ese es tu número de Dialtone: desvía a otro teléfono, como tu móvil.',
  forwardListed: '{number} ya está en la lista.',
  forwardTooMany: 'Las llamadas van como máximo a {limit} números. Elimina uno primero.',

  destinationVoicemail: 'Buzón de voz',
  destinationForwarding: 'Mis números de desvío',
  destinationNeedsNumber: 'Para enviar las llamadas al desvío, primero añade un número en Desvío de llamadas.',

  doNotDisturb: 'No molestar',
  dndHintVoicemail: 'Las llamadas van directamente al buzón de voz sin sonar, incluso con Dialtone cerrado.',
  dndHintForwarding: 'Las llamadas van a tus números de desvío sin sonar, incluso con Dialtone cerrado.',
  sendCallsTo: 'Enviar llamadas a',
  turnOnAutomatically: 'Activar automáticamente',
  turnOnAutomaticallyHint:
    'No molestar se activa solo durante estas horas cada semana, por ejemplo las noches entre semana.',
  quietHours: 'Horas de descanso',

  callsRing: 'Las llamadas suenan',
  atAnyTime: 'En cualquier momento',
  onlyBusinessHours: 'Solo en horario de atención',
  businessHours: 'Horario de atención',
  outsideHoursSendTo: 'Fuera de este horario, enviar las llamadas a',

  timesAreIn: 'Las horas están en {zone}.',
  saveSchedule: 'Guardar horario',
  scheduleUnsaved: 'Aún no guardado: Twilio sigue el horario guardado hasta que guardes.',
  addTimeSpan: 'Añadir franja horaria',
  scheduleFull: 'Un horario tiene como máximo {limit} franjas horarias: cambia o elimina una.',
  timeSpan: 'Franja horaria {number}',
  days: 'Días',
  from: 'De',
  to: 'a',
  removeTimeSpan: 'Eliminar la franja horaria {number}',
  everyDay: 'Todos los días',
  noDays: 'Ningún día',
  dayPair: '{first}, {last}',
  dayRun: '{first}–{last}',
  dayList: '{list}, {next}',
  spanHours: '{days} {from}–{to}',
  spanPastMidnight: '{days} {from}–{to} (pasada la medianoche)',
  noHoursChosen: 'No se han elegido horas',

  timeZoneLabel: 'Zona horaria de los horarios',
  timeZoneHint:
    'Twilio lee No molestar y el horario de atención en esta zona horaria. Con la de tu ordenador, usa la zona en la que estaba tu ordenador la última vez que se guardó la gestión de llamadas.',
  computerTimeZoneOption: 'Zona horaria del ordenador ({zone})',
  computerTimeZone: 'la zona horaria de tu ordenador ({zone})',
  zoneTime: 'la zona horaria {zone}',

  blockedHint: 'Twilio los rechaza: tu teléfono no suena y no pueden dejar un mensaje.',
  blockedList: 'Números y prefijos bloqueados',
  unblockEntry: 'Desbloquear {entry}',
  unblock: 'Desbloquear',
  block: 'Bloquear',
  numberOrPrefix: 'Número o prefijo que bloquear',
  blockWithheld: 'Bloquear a quienes ocultan su número',
  blockedHear: 'Los llamantes bloqueados oyen',
  hearRejected: 'Una llamada rechazada',
  hearBusy: 'Línea ocupada',
  typeToBlock: 'Escribe un número o un prefijo que bloquear.',
  typeBlockable:
    'Escribe un número como +1 512 555 0100, o el principio de varios números con un * al final, como +1 900*.',
  alreadyBlocked: '{entry} ya está bloqueado.',
  blockListFullTyped: 'Se pueden bloquear como máximo {limit} números y prefijos. Desbloquea uno primero.',
  withheldNumbers: 'Números ocultos',
  numbersStarting: 'Números que empiezan por {prefix}',
  blockListFull:
    'Se pueden bloquear como máximo {limit} números y prefijos, y la lista está llena. Desbloquea uno primero en Ajustes, Gestión de llamadas.',
  blockSip:
    '{caller} es una dirección SIP. Twilio rechaza a los llamantes por su número de teléfono, así que solo se pueden bloquear números de teléfono.',
  blockNotNumber:
    '«{caller}» no es un número de teléfono completo, así que no se puede bloquear. Twilio rechaza a los llamantes por su número, como +1 512 555 0100.',
  blockedByPrefix:
    '{number} está bloqueado por ser uno de los números que empiezan por {prefix}. Para dejarlo pasar, desbloquéalos en Ajustes, Gestión de llamadas.',
  blockNoRoom:
    'Se pueden bloquear como máximo {limit} números y prefijos: queda espacio para {room} más. Desbloquea algunos primero en Ajustes, Gestión de llamadas.',
  blockNoLine: 'El bloqueo funciona en Twilio: primero configura tu línea de Twilio en Ajustes.',
  blockBusy: 'Dialtone aún está guardando otro cambio de tu línea. Inténtalo de nuevo en un momento.',

  blockWho: 'Bloquear a {who}',
  unblockWho: 'Desbloquear a {who}',
  blockHint: 'Bloquear {caller}: Twilio rechaza sus llamadas',
  blockHintWithheld: 'Bloquear números ocultos: Twilio rechaza sus llamadas',
  blockedHintNumber: '{caller} está bloqueado. Desbloquéalo para volver a recibir sus llamadas',
  blockedHintWithheld: 'Los números ocultos están bloqueados. Desbloquéalos para volver a recibir sus llamadas',
  blockButton: 'Bloquear…',
  unblockButton: 'Desbloquear…',
  blockedMark: 'Bloqueado',
  blockAll: 'Bloquear todos los números…',
  unblockAll: 'Desbloquear todos los números…',
  dialogAllNumbers: '{count, plural, one {el número} other {los # números}} de {owner}',
  dialogWithheldSubject: 'los números ocultos',
  dialogBlockWithheldTitle: '¿Bloquear a quienes ocultan su número?',
  dialogBlockTitle: '¿Bloquear {subject}?',
  dialogBlockWithheld:
    'Las llamadas de números ocultos se rechazarán en Twilio y nunca llegarán al buzón de voz. Puedes desbloquearlos más tarde, aquí o en Ajustes, Gestión de llamadas.',
  dialogBlockOne:
    'Las llamadas de {named} se rechazarán en Twilio y nunca llegarán al buzón de voz; sus mensajes se ocultan en Mensajes. Puedes desbloquearlo más tarde, aquí o en Ajustes, Gestión de llamadas.',
  dialogBlockSeveral:
    'Las llamadas de {named} se rechazarán en Twilio y nunca llegarán al buzón de voz; sus mensajes se ocultan en Mensajes. Puedes desbloquearlos más tarde, aquí o en Ajustes, Gestión de llamadas.',
  dialogBlocking: 'Bloqueando…',
  dialogUnblockTitle: '¿Desbloquear {subject}?',
  dialogUnblockWithheld: 'Quienes ocultan su número volverán a sonar y podrán dejar mensajes de voz.',
  dialogUnblock:
    'Las llamadas de {named} volverán a sonar y podrán dejar mensajes de voz; sus mensajes vuelven a mostrarse en Mensajes.',
  dialogUnblocking: 'Desbloqueando…',

  unverifiedLegend: 'Llamadas cuyo número no ha verificado el operador del llamante',
  unverifiedHint:
    'Los operadores solo verifican números (SHAKEN/STIR) en llamadas dentro de EE. UU., y no en todas: con Ir al buzón de voz, la mayoría de las llamadas internacionales van al buzón de voz.',
  ruleRing: 'Sonar',
  ruleVoicemail: 'Ir al buzón de voz',

  voiceStandard: 'Voz estándar de Twilio',
  voice: 'Voz',
  voiceHint:
    'Los llamantes oyen tus saludos y el menú telefónico con esta voz y en su idioma. Las voces de Amazon Polly llevan el nombre de su idioma. Twilio factura la conversión de texto a voz por los caracteres que pronuncia.',
  sameAsVoicemail: 'Igual que el saludo del buzón de voz',
  saveGreeting: 'Guardar saludo',
  afterHoursGreeting: 'Saludo fuera de horario',
  theAfterHoursGreeting: 'el saludo fuera de horario',
  afterHoursHint:
    'Se reproduce fuera de tu horario de atención (consulta Horario de atención), cuando esas llamadas van al buzón de voz. No molestar usa el saludo del buzón de voz.',
  busyGreeting: 'Saludo de ocupado',
  theBusyGreeting: 'el saludo de ocupado',
  busyHint: 'Se reproduce cuando rechazas una llamada y va al buzón de voz.',
  voicemailGreeting: 'Saludo del buzón de voz',
  theVoicemailGreeting: 'el saludo del buzón de voz',
  voicemailGreetingHint: 'Se reproduce cuando no contestas. Cámbialo en Buzón de voz.',
  listenTo: 'Escuchar {what}',
  stopWhat: 'Detener {what}',
  listenNote: 'Escuchar usa la voz de tu ordenador; los llamantes oyen {voice}.',
  listenNoSpeech: 'Escuchar no está disponible: este ordenador no puede leer texto en voz alta.',
  listenNoVoice: 'Escuchar no está disponible: este ordenador no tiene ninguna voz instalada.',

  whatCallersHear: 'Qué oyen los llamantes en {what}',
  spokenText: 'Texto leído',
  myRecording: 'Mi grabación',
  stopRecording: 'Detener grabación',
  record: 'Grabar',
  recordWhat: 'Grabar {what}',
  chooseFileFor: 'Elegir un archivo de audio para {what}',
  chooseFile: 'Elegir un archivo…',
  stopRecordingOf: 'Detener tu grabación de {what}',
  listenRecordingOf: 'Escuchar tu grabación de {what}',
  removeRecordingOf: 'Eliminar tu grabación de {what}',
  statusRecording: 'Grabando… {elapsed} de {limit}',
  statusSaving: 'Guardando la grabación y enviándola a Twilio…',
  statusSpoken: 'Los llamantes oyen el texto de arriba.',
  statusNotRecorded:
    'Graba hasta {limit} o elige un archivo de audio; mientras tanto, los llamantes oyen el texto de arriba.',
  statusRecorded: 'Los llamantes oyen tu grabación.',
  recordingTooLong:
    'El saludo dura más de {minutes, plural, one {# minuto} other {# minutos}}. Acórtalo o graba uno más corto.',
  recordingDamaged: 'La grabación ha salido vacía o dañada. Comprueba el micrófono y vuelve a grabar.',
  fileNotAudio: '«{name}» no es un audio que Dialtone pueda leer. Elige un archivo WAV, MP3, Ogg o M4A.',
  playbackFailed:
    'La grabación no se ha podido reproducir en este ordenador. Comprueba los altavoces e inténtalo de nuevo.',

  answerWithMenu: 'Contestar con un menú',
  menuHint:
    'Twilio contesta y los llamantes eligen con el teclado. Los llamantes bloqueados, No molestar y el horario de atención tienen prioridad.',
  menuPrompt: 'Mensaje del menú',
  menuPromptHint: 'Lo que oyen los llamantes cuando Twilio contesta. Déjalo vacío para decir las opciones de abajo.',
  savePrompt: 'Guardar mensaje',
  theMenuPrompt: 'el mensaje del menú',
  keyRingsDialtone: 'Hace sonar Dialtone, con tu desvío tal como está configurado',
  keyVoicemail: 'Buzón de voz',
  keyForwarding: 'Hace sonar tus números de desvío',
  whatEachKeyDoes: 'Qué hace cada tecla',
  menuAddForwarding: 'Añade un número de desvío para ofrecer el 3 para tu móvil. ',
  menuRepeat:
    'Si no se pulsa ninguna tecla en 6 segundos, o se pulsa otra, el menú se repite hasta tres veces; después suena Dialtone.',

  recordCalls: 'Grabar llamadas',
  recordOff: 'Desactivado',
  recordAlways: 'Grabar todas las llamadas',
  recordOnDemand: 'Grabar cuando pulse Grabar',
  recordHintOff: 'Las llamadas no se graban.',
  recordHintAlways: 'Twilio graba cada llamada desde que se contesta, cada parte en su propio canal.',
  recordHintOnDemand:
    'Durante una llamada aparece un botón Grabar en la pantalla de llamada; Twilio graba desde que lo pulsas. Avisa a la otra parte antes de pulsarlo: en muchos lugares la ley exige su consentimiento.',
  recordingsKept:
    ' Las grabaciones se guardan en tu cuenta de Twilio, que factura su almacenamiento, y aparecen en el historial de llamadas, donde puedes reproducirlas.',
  tellOtherSide: 'Avisar a la otra parte de que la llamada se graba',
  tellOtherSideHint:
    'Twilio dice «Esta llamada se está grabando.» a los llamantes antes de que suene Dialtone, y a las personas a las que llamas en cuanto contestan. En muchos lugares la ley exige el consentimiento de todos los participantes en una llamada grabada.',

  textMissedCallers: 'Enviar un SMS a las llamadas perdidas',
  autoReplyHint:
    'Cuando una llamada va al buzón de voz sin que contestes, Twilio envía un SMS al llamante desde tu número. Solo lo reciben los móviles, una vez al día como máximo, y no quienes ocultan su número o cuyo número no se ha verificado. Cada uno cuesta un SMS y una consulta (Lookup) del tipo de línea del llamante a los precios de Twilio. En EE. UU., los SMS desde tu número requieren registrarlo para A2P 10DLC, algo que Twilio puede rechazar para uso personal.',
  autoReplyText: 'Texto',
  autoReplyTextHint:
    'Como máximo {limit} caracteres. Tal como está escrita, cada respuesta automática se factura como {segments, plural, one {# SMS} other {# SMS}}.',
  saveText: 'Guardar texto',
} satisfies Translation<typeof en>;
