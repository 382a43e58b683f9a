import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  sectionHeading: 'Equipo',
  noLine:
    'Otras personas pueden compartir tu línea cuando Dialtone haya configurado tu línea de Twilio: entonces podrás añadirlas aquí.',
  intro:
    'Cada persona tiene su propio inicio de sesión en tu línea. Se llaman entre sí y a la red telefónica a través de Twilio, y las llamadas a uno de sus números les suenan a ellas. Dialtone no puede mostrar si están conectadas ahora: Twilio no indica quién está registrado.',
  ringGroupsHeading: 'Grupos de llamada',
  ringGroupsIntro:
    'Un grupo de llamada es uno de tus números que hace sonar a varias personas a la vez. Si nadie contesta, el llamante deja un mensaje.',

  nobodyYet: 'Todavía no hay nadie más en tu línea.',
  peopleOnLine: 'Personas en tu línea',
  reachWithExtension: '{address} · extensión {extension}',
  invite: 'Invitar',
  inviteWho: 'Invitar a {name}',
  remove: 'Eliminar',
  removeWho: 'Eliminar a {name}',
  removing: 'Eliminando…',
  removeMemberTitle: '¿Eliminar a {name}?',
  removeMember: 'El Dialtone de {name} deja de funcionar en tu línea. El número sigue en tu cuenta de Twilio.',
  removeMemberWithNumber:
    'El Dialtone de {name} deja de funcionar en tu línea, y las llamadas a su número vuelven a ir adonde iban antes. El número sigue en tu cuenta de Twilio.',
  groupsGoing:
    '{count, plural, one {El grupo de llamada {names}, que solo hace sonar a esta persona, también se elimina.} other {Los grupos de llamada {names}, que solo hacen sonar a esta persona, también se eliminan.}}',
  you: 'Tú',

  noRingGroups: 'Todavía no hay grupos de llamada.',
  ringGroups: 'Grupos de llamada',
  groupRings: '{number} · suena a {people}',
  removeGroupWho: 'Eliminar el grupo de llamada {name}',
  removeGroupTitle: '¿Eliminar el grupo de llamada {name}?',
  removeGroup:
    'Las llamadas a {number} dejan de sonar al grupo y vuelven a ir adonde iban antes. El número sigue en tu cuenta de Twilio.',
  addRingGroup: 'Añadir un grupo de llamada',
  groupName: 'Nombre del grupo',
  groupNumber: 'Número del grupo',
  groupNumberHint:
    'Las llamadas a este número hacen sonar a la vez a todas las personas que marques; si nadie contesta, el llamante deja un mensaje.',
  groupMembersHint: 'Hasta 10 personas.',
  whoItRings: 'A quién hace sonar',
  loadingNumbers: 'Cargando tus números…',
  chooseNumber: 'Elige un número',
  adding: 'Añadiendo…',
  addRingGroupButton: 'Añadir grupo de llamada',

  addPerson: 'Añadir una persona',
  howReached: 'Cómo la localizan los demás',
  withMyNumber: 'Con uno de mis números de Twilio',
  byName: 'Por nombre y extensión, sin número',
  name: 'Nombre',
  theirNumber: 'Su número',
  theirNumberHint:
    'Las llamadas a este número le suenan a esa persona, y sus llamadas lo muestran. El número sigue en tu cuenta de Twilio.',
  username: 'Nombre de usuario',
  usernameHint:
    'Letras minúsculas y dígitos, con al menos una letra, como sam. Los demás pueden llamarla por ese nombre.',
  extension: 'Extensión',
  extensionHint: 'Un número corto que los demás marcan para localizarla, como 101.',
  addPersonButton: 'Añadir persona',

  callerIdLabel: 'Identificador de llamada para personas sin número',
  callerIdHint:
    'El número que muestran los teléfonos cuando alguien sin número propio los llama. Debe ser uno de tus números de Twilio.',
  callerIdNone: 'Ninguno: solo pueden llamar al equipo',

  inviteTitle: 'Invitar a {name}',
  inviteSend:
    'Envía a {name} este código o el archivo. En Dialtone, elige «Me han invitado», lo pega y escribe la frase de contraseña. El código contiene su contraseña, protegida con la frase de contraseña.',
  invitationCode: 'Código de invitación',
  copied: 'Copiado.',
  copyCode: 'Copiar código',
  saveAsFile: 'Guardar como archivo',
  done: 'Listo',
  yourName: 'Tu nombre',
  passphrase: 'Frase de contraseña',
  passphraseHint:
    'Al menos {min} caracteres; unas cuantas palabras es lo más fácil. Díselo por teléfono o en persona, nunca en el mensaje que lleva la invitación.',
  inviterMissing: 'Escribe tu nombre: la persona verá quién la ha invitado.',
  passphraseShort: 'Usa al menos {min} caracteres.',
  cancel: 'Cancelar',
  locking: 'Protegiendo…',
  createInvitation: 'Crear invitación',
} satisfies Translation<typeof en>;
