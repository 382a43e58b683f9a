import type { teamWords } from '../../../../shared/text/team-words';
import type { Translation } from '../../catalogue-types';

export default {
  numberNotOnAccount: '{phoneNumber} ya no está en esta cuenta de Twilio.',
  setUpLineFirst: 'Primero configura tu línea telefónica de Twilio.',
  notInTeam: '{username} no está en el equipo.',
  notInTeamToInvite: '{username} no está en el equipo. Añade primero a esta persona y luego invítala.',
  noRingGroupWithNumber: 'Ningún grupo de llamada del equipo tiene el número {phoneNumber}.',

  memberIsLineNumber: 'Ese es el número de esta línea. Elige otro de tus números de Twilio.',
  teamFull: 'Un equipo tiene como máximo 50 personas. Quita primero a alguien.',
  usernameTaken: '{name} ya tiene {username}. Elige otro.',
  numberRingsGroup: '{phoneNumber} hace sonar un grupo. Elige otro número o quita primero el grupo.',
  extensionTaken: 'La extensión {extension} es de {name}. Elige otra.',

  groupIsLineNumber: 'Ese es el número de esta línea: te hace sonar a ti. Elige otro de tus números.',
  ringGroupsFull: 'Dialtone admite como máximo 10 grupos de llamada. Quita primero uno.',
  groupNumberIsMembers: '{phoneNumber} es el número de {name}. Elige otro.',
  groupNumberTaken: '{phoneNumber} ya hace sonar el grupo {group}. Elige otro número.',
  groupMemberNotInTeam: '{username} no está en el equipo. Añade primero a esta persona o déjala fuera del grupo.',

  membersDoNotFit: 'Los miembros del equipo no caben en el enrutamiento de llamadas de Dialtone',
  membersDoNotFitAdvice: 'Quita miembros o acorta sus nombres de usuario en Ajustes, Equipo, y vuelve a intentarlo.',
  ringGroupsDoNotFit: 'Los grupos de llamada del equipo no caben en el enrutamiento de llamadas de Dialtone',
  ringGroupsDoNotFitAdvice:
    'Quita grupos de llamada o algunos de sus miembros en Ajustes, Equipo, y vuelve a intentarlo.',

  usernameTooLong: 'Usa como máximo 32 letras y cifras.',
  usernameCharacters: 'Usa letras minúsculas, cifras, puntos, guiones o guiones bajos, con al menos una letra.',
  extensionDigits: 'Usa de 2 a 5 cifras, sin empezar por 0.',
  memberNameMissing: 'Escribe su nombre.',
  nameTooLong: 'Usa como máximo 64 caracteres.',
  nameOnOneLine: 'Escribe el nombre en una sola línea, sin caracteres de control.',
  groupNameMissing: 'Escribe el nombre del grupo.',
  numberMissing: 'Elige uno de tus números.',
  groupNobody: 'Elige al menos una persona a la que llamar.',
  groupTooMany: 'Un grupo hace sonar como máximo a 10 personas a la vez.',
  groupSamePersonTwice: 'Elige a cada persona una sola vez.',

  passphraseTooShort:
    'Una frase de contraseña de invitación tiene al menos {min} caracteres: tres o cuatro palabras son fáciles de decir y escribir.',
  passphraseTooLong: 'Una frase de contraseña de invitación tiene como máximo {max} caracteres.',
  lineNotSealable: 'No se puede poner la línea en una invitación: revisa {fields}.',
  invitationTooLarge:
    'Esto es demasiado largo para ser una invitación de Dialtone, así que no se ha leído. Pega solo el código que te enviaron o elige el archivo de invitación.',
  notAnInvitation:
    'Esto no es una invitación de Dialtone. Pega el código que empieza por «{prefix}» o elige el archivo de invitación que te enviaron.',
  invitationDamaged:
    'La invitación está incompleta o dañada. Vuelve a copiar el código entero (o elige el archivo); si sigue fallando, pide una nueva invitación a la persona que te invitó.',
  invitationFromOtherVersion:
    'Esta invitación se creó con otra versión de Dialtone (formato {format}). Actualiza Dialtone en los dos ordenadores y luego crea e importa una nueva invitación.',
  invitationUnsafeSettings:
    'Esta invitación pide ajustes de cifrado que Dialtone no acepta, así que no se ha abierto. Pide a la persona que te invitó una nueva invitación creada con Dialtone.',
  wrongPassphraseOrChanged:
    'La frase de contraseña es incorrecta o la invitación se ha modificado. Comprueba la frase de contraseña con la persona que te invitó (cuentan las mayúsculas y los espacios); si es correcta, pídele una nueva invitación.',
  invitationLineUnusable:
    'Esta invitación contiene una línea telefónica que Dialtone no puede usar. Pide a la persona que te invitó que actualice Dialtone y te envíe una nueva invitación.',
} satisfies Translation<typeof teamWords>;
