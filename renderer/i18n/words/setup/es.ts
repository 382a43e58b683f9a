import type { setupWords } from '../../../../shared/text/setup-words';
import type { Translation } from '../../catalogue-types';

export default {
  problemOfItsOwn: 'Dialtone tuvo un problema interno al comunicarse con Twilio',
  problemOfItsOwnAdvice:
    'No es tu conexión a Internet ni tu cuenta de Twilio. Inténtalo de nuevo; si sigue pasando, reinicia Dialtone.',
  twilioRefused: 'Twilio rechazó la solicitud',
  twilioRefusedStatus: 'Twilio rechazó la solicitud (HTTP {status})',
  twilioSaidCheckConsole: 'Respuesta de Twilio: {said} Revisa la consola de Twilio y vuelve a intentarlo.',
  twilioSaidSeeMore: 'Respuesta de Twilio: {said} Consulta {moreInfo}.',
  twilioUnreachable: 'Dialtone no pudo conectar con Twilio',
  twilioTimeout: 'Twilio no respondió a tiempo',
  twilioInsecure: 'Dialtone no pudo establecer una conexión segura con Twilio',
  greetingTooLong: 'El saludo del buzón de voz es demasiado largo',
  greetingTooLongAdvice:
    'Acorta el saludo y vuelve a intentarlo: Twilio guarda como máximo {limit} caracteres (menos con acentos o emojis).',
  routingBuildFailed: 'Twilio no pudo crear el enrutamiento de llamadas de Dialtone',
  routingBuildAdvice:
    'Vuelve a intentarlo en unos minutos. Si sigue fallando, revisa Functions and Assets en la consola de Twilio.',
  routingFileMissing: 'Falta el archivo de enrutamiento de llamadas «{name}» de Dialtone',
  reinstallAdvice: 'La instalación está dañada. Reinstala Dialtone y vuelve a intentarlo.',
  noNumbersOfType: 'Twilio no tiene números de ese tipo en este país',
  noNumbersOfTypeAdvice: 'Elige otro tipo de número (local, móvil o gratuito) u otro país.',
  recordingGone: 'Un saludo grabado ya no está en este ordenador',
  recordingGoneAdvice: 'Vuelve a grabarlo o cambia ese saludo a texto leído, en Gestión de llamadas, Saludos.',
  recordingGoneRecordAgain: 'Ese saludo grabado ya no está en este ordenador. Vuelve a grabarlo.',
  recordingNotSaved: 'Dialtone no pudo guardar la grabación: comprueba que queda espacio libre en el disco.',
  recordingTooLarge: 'La grabación es demasiado grande: debe durar menos de {minutes} minutos.',
  recordingNotWav: 'La grabación no es un archivo WAV. Vuelve a grabarla o elige otro archivo.',
  recordingWrongFormat:
    'La grabación no es audio mono de 16 bits a 8 o 16 kHz. Vuelve a grabarla o elige otro archivo.',
  recordingTooLong: 'La grabación dura más de {minutes} minutos: acórtala.',
  recordingEmpty: 'La grabación está vacía. Vuelve a grabarla o elige otro archivo.',
  recordingDamaged: 'El archivo WAV está dañado: no tiene audio. Vuelve a grabarlo o elige otro archivo.',
  alreadySetUp: 'Dialtone ya configuró el {phoneNumber} en esta cuenta de Twilio.',
  alreadySetUpANumber: 'Dialtone ya configuró un número en esta cuenta de Twilio.',
  alreadySetUpAdvice: 'Termina con ese número o, antes, quita Dialtone de la cuenta de Twilio en Ajustes.',
  numberGoneFromAccount:
    'Ese número ya no está en esta cuenta de Twilio. Vuelve a mostrar la lista y elige otro número.',
  alreadyBought: 'Dialtone ya compró el {phoneNumber} para ti.',
  alreadyBoughtAdvice: 'Usa ese número (elígelo en «Usar un número que ya tienes»).',
  closedWhileSending: 'Dialtone se cerró antes de que Twilio confirmara tu último cambio.',
  closedWhileSendingAdvice: 'Tus opciones están guardadas aquí. Pulsa Reintentar para enviarlas a Twilio.',
  noLineForDnd: 'No molestar funciona en tu línea telefónica de Twilio, y Dialtone todavía no tiene ninguna.',
  noLineForDndAdvice: 'Abre Dialtone y termina de configurar tu línea de Twilio; después, vuelve a intentarlo.',
  noRoutingYet:
    'Dialtone todavía no tiene enrutamiento de llamadas en Twilio: primero termina la configuración de Twilio.',
  routingNotFound: 'Dialtone no sabe dónde está su enrutamiento de llamadas en Twilio.',
  routingNotFoundAdvice:
    'Abre la configuración de Twilio en Ajustes y vuelve a ejecutarla: encuentra o reconstruye el enrutamiento.',
  noSignInStored: 'Dialtone no tiene guardado ningún inicio de sesión de Twilio.',
  noSignInStoredAdvice: 'Vuelve al paso de las credenciales y conecta de nuevo tu cuenta de Twilio.',
  stillWorking: 'La configuración sigue trabajando en el paso anterior. Espera a que termine.',
  earlierStepsFirst: 'Ese paso de la configuración necesita antes los anteriores: vuelve atrás y termínalos.',
  connectAccountFirst: 'Primero conecta una cuenta de Twilio.',
  chooseNumberFirst: 'Primero elige un número.',
  updateNotReady:
    'Todavía no hay ninguna actualización lista para instalar. Dialtone la ofrece cuando termina de descargarla.',
  updateDuringCall: 'Hay una llamada en curso. Reinicia para actualizar cuando termine.',
  updateBrowserShell:
    'La versión de navegador no puede actualizarse sola. Recarga la página para obtener lo que ejecuta ahora el servidor.',
  updateNotInstalled:
    'Esta copia de Dialtone no se instaló, así que no puede actualizarse sola. Instala Dialtone para recibir actualizaciones.',
  settingVoicemailGreeting: 'Saludo del buzón de voz',
  settingCountries: 'Llamadas a otros países',
  settingDoNotDisturb: 'No molestar',
  settingForwarding: 'Desvío de llamadas',
  settingBusinessHours: 'Horario de atención',
  settingTimeZone: 'Zona horaria',
  settingBlocked: 'Llamantes bloqueados',
  settingUnverified: 'Llamantes no verificados',
  settingGreetings: 'Saludos',
  settingPhoneMenu: 'Menú telefónico',
  settingRecording: 'Grabación',
  settingAutoReply: 'Respuesta automática',
  settingCallHandling: 'Gestión de llamadas',
  settingTeam: 'Equipo',
  taskCreated: '{name} creado',
  taskUpdated: '{name} actualizado',
  taskMappingsInPlace: '2 asignaciones ya configuradas',
  taskMappingsAdded: '2 asignaciones (añadidas: {added})',
  taskAlreadyDeployed: '{address} (ya desplegado)',
  taskNumberRouted: 'Las llamadas y los SMS al {phoneNumber} van a {address}',
  answerAboutNumberRouting:
    'A la respuesta de Twilio sobre adónde van ahora las llamadas al número le falta algo que Dialtone necesita ({fields})',
  answerAboutSoldNumber:
    'A la respuesta de Twilio sobre el número {phoneNumber} que acaba de vender le falta algo que Dialtone necesita ({fields})',
  answerAboutSipDomain:
    'A la respuesta de Twilio sobre el dominio SIP de Dialtone le falta algo que Dialtone necesita ({fields})',
  answerAboutSipCredentials:
    'A la respuesta de Twilio sobre las credenciales SIP de Dialtone le falta algo que Dialtone necesita ({fields})',
  answerAboutRouting:
    'A la respuesta de Twilio sobre el enrutamiento de llamadas de Dialtone le falta algo que Dialtone necesita ({fields})',
  answerAboutRoutingVariables:
    'A la respuesta de Twilio sobre las variables del enrutamiento de llamadas de Dialtone le falta algo que Dialtone necesita ({fields})',
  answerAboutAccount: 'A la respuesta de Twilio sobre tu cuenta le falta algo que Dialtone necesita ({fields})',
  answerAboutApiKey:
    'A la respuesta de Twilio sobre la clave de API que acaba de crear le falta algo que Dialtone necesita ({fields})',
  answerAboutPbxCredentials:
    'A la respuesta de Twilio sobre las credenciales SIP de la centralita le falta algo que Dialtone necesita ({fields})',
  answerAboutPbxTrunk:
    'A la respuesta de Twilio sobre el trunk SIP de la centralita le falta algo que Dialtone necesita ({fields})',
  answerAboutPbxAddresses:
    'A la respuesta de Twilio sobre las direcciones desde las que puede llamar la centralita le falta algo que Dialtone necesita ({fields})',
  answerAboutRecording:
    'A la respuesta de Twilio sobre la grabación que inició le falta algo que Dialtone necesita ({fields})',
  answerAboutMessage: 'A la respuesta de Twilio sobre un mensaje le falta algo que Dialtone necesita ({fields})',
  answerLackedKeyAdvice:
    'Dialtone se detuvo antes de usarla, así que no se creó nada a partir de ella. Vuelve a intentarlo en unos minutos: lo que ya se creó se vuelve a encontrar, no se crea dos veces. Si sigue pasando, revisa {where} en la consola de Twilio (y elimina allí la clave inservible).',
  answerLackedAdvice:
    'Dialtone se detuvo antes de usarla, así que no se creó nada a partir de ella. Vuelve a intentarlo en unos minutos: lo que ya se creó se vuelve a encontrar, no se crea dos veces. Si sigue pasando, revisa {where} en la consola de Twilio.',
  twilioRefusedCheckConsole:
    'Twilio rechazó la solicitud sin más explicación. Revisa la consola de Twilio y vuelve a intentarlo.',
  twilioRefusedStatusCheckConsole:
    'Twilio rechazó la solicitud (HTTP {status}) sin más explicación. Revisa la consola de Twilio y vuelve a intentarlo.',
  twilioRefusedSeeMore: 'Twilio rechazó la solicitud sin más explicación. Consulta {moreInfo}.',
  twilioRefusedStatusSeeMore: 'Twilio rechazó la solicitud (HTTP {status}) sin más explicación. Consulta {moreInfo}.',
  removedNumberRouting: 'Enrutamiento del número {phoneNumber} restablecido',
  removedSipDomain: 'Dominio SIP {name}',
  removedCredentials: 'Credenciales SIP {name}',
  removedRoutingService: 'Servicio de enrutamiento {name}',
  removedNumberReleased: 'Número {phoneNumber} liberado',
  removedLine: 'La línea telefónica de Twilio en Dialtone, con su contraseña guardada',
  removedRingGroup: 'El grupo de llamada del {phoneNumber} y el enrutamiento de su número',
  removedMember: 'El acceso de {username} a la línea',
  removedMemberAndNumber: 'El acceso de {username} a la línea y el enrutamiento de su número',
  leftApiKey:
    'Clave de API «{friendlyName}» ({sid}): Dialtone no puede eliminar su propia clave. Elimínala en la consola de Twilio, en Account, API keys & tokens.',
  checkAccountSid: 'Un Account SID empieza por AC seguido de 32 letras y dígitos (consola de Twilio, Account Info)',
  checkApiKeySid: 'Un API Key SID empieza por SK seguido de 32 letras y dígitos',
  checkAuthToken: 'El Auth Token tiene 32 letras y dígitos; vuelve a copiarlo desde la consola de Twilio',
  checkApiKeySecret:
    'El secreto de la clave de API tiene 32 letras y dígitos; vuelve a copiarlo desde la consola de Twilio',
  checkCountry: 'Elige un país',
  checkAreaCode: 'Un prefijo de zona tiene 3 dígitos (solo EE. UU. y Canadá)',
  checkContains: 'Escribe de 2 a 16 dígitos o letras que debe contener el número',
  checkSpokenTextTooLong: 'Acorta el saludo: Twilio guarda como máximo {limit} caracteres (menos con acentos o emojis)',
  checkSpokenTextPlain: 'Usa texto sencillo: sin caracteres de control ni corchetes angulares',
  checkGreetingEmpty: 'Escribe lo que oyen quienes llaman antes del pitido',
  checkClockTime: 'Escribe una hora con el formato 09:00',
  checkAtLeastOneDay: 'Elige al menos un día',
  checkEachDayOnce: 'Elige cada día una sola vez',
  checkSpanEnds: 'Una franja horaria necesita un inicio y un final distintos',
  checkSpanStart: 'Una franja horaria empieza a las 23:59 como muy tarde',
  checkScheduleTooLong: 'Un horario tiene como máximo {limit} franjas horarias',
  checkAutoReplyTooLong: 'Acorta el texto: una respuesta automática tiene como máximo {limit} caracteres',
  checkAutoReplyTooManyBytes:
    'Acorta el texto: Twilio guarda como máximo {limit} bytes (menos caracteres con acentos o emojis)',
  checkAutoReplyPlain: 'Usa texto sencillo: sin caracteres de control',
  checkAutoReplyEmpty: 'Escribe el texto que reciben quienes llaman, o desactiva la respuesta automática',
} satisfies Translation<typeof setupWords>;
