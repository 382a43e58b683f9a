import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  sipIncomplete: 'Esta dirección SIP está incompleta. Escríbela como sip:nombre@ejemplo.com.',
  tooShort: 'Este número es demasiado corto. Escribe el número completo, con su prefijo.',
  tooLong: 'Este número es demasiado largo. Comprueba que no le sobren dígitos.',
  wrongLength: 'Este número no tiene la cantidad correcta de dígitos. Compruébalo y vuelve a intentarlo.',
  unknownCountryCode: '+{code} no es un prefijo de país. Comprueba los dígitos después del +.',
  typeSomething: 'Escribe un número de teléfono, o una dirección SIP como sip:alicia@ejemplo.com.',
  keypadCodes: 'Los números con * o # no se pueden marcar. Durante una llamada, envíalos con el teclado.',
  extension: 'Llama primero al número principal y luego marca la extensión en el teclado.',
  emergency: 'Dialtone no puede llamar a los servicios de emergencia. Usa un teléfono móvil o fijo.',
  notInCountry:
    'Ningún número de teléfono de {country} empieza así. Comprueba el número, o empiézalo con + y el prefijo del país.',
  notValid: 'Este no es un número de teléfono válido. Comprueba los dígitos después del prefijo del país.',
  tooShortToCall: 'Dialtone no puede llamar a números tan cortos.',
} satisfies Translation<typeof en>;
