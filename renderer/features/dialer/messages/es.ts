import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  heading: 'Teclado',
  hintEmpty:
    'Escribe o pega un número en cualquier formato, o una dirección SIP. Los números sin + se marcan como en {country}.',
  hintReady: 'Pulsa Intro para llamar al {number}.',
  keypadLabel: 'Teclado numérico',
  call: 'Llamar',
  calling: 'Llamando…',
  redial: 'Rellamar',
  redialNumber: 'Rellamar al {number}',
  redialTitle: 'Volver a llamar al {number}',
  nothingDialled: 'Aún no se ha marcado ningún número',
  text: 'SMS',
  textTitle: 'Enviar un SMS al {number}',
  textNothing: 'Escribe un número de teléfono para enviarle un SMS',
  noLine:
    'Todavía no tienes una línea telefónica. Configura una en Ajustes; después las llamadas saldrán por ella desde aquí.',
  pricePerMinute: '{price} por minuto en tu línea de Twilio',
  priceUnknown: 'Twilio no indica un precio para este número; aun así puedes llamar.',
  priceUnavailable: 'Ahora no se puede consultar el precio por minuto; aun así puedes llamar.',
  numberLabel: 'Número o dirección SIP',
  deleteDigit: 'Borrar el último dígito',
  deleteDigitTitle: 'Borrar el último dígito (Retroceso)',
  suggestionsLabel: 'Contactos que coinciden',
  favouriteMark: ', favorito',
  favouritesHeading: 'Favoritos',
  noFavourites: 'Aún no hay favoritos. Marca un contacto con la estrella para tenerlo aquí.',
  recentsHeading: 'Llamadas recientes',
  noRecents: 'Las llamadas que hagas y recibas aparecerán aquí.',
  callPerson: 'Llamar a {name}',
  recentDetail: '{kind, select, missed {Perdida} incoming {Entrante} other {Saliente}}, {when}',
  favouriteToggle: 'Favorito: {name}',
  addFavourite: 'Añadir a favoritos',
  removeFavourite: 'Quitar de favoritos',
} satisfies Translation<typeof en>;
