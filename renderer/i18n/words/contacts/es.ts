import type { contactsWords } from '../../../../shared/text/contacts-words';
import type { Translation } from '../../catalogue-types';

export default {
  contactGone: 'Ese contacto ya no existe. Puede que se haya eliminado o combinado.',
  contactAlreadyDeleted: 'Ese contacto ya se eliminó.',
  mergeSameContact: 'Elige dos contactos distintos para combinarlos.',
  mergeTooManyNumbers:
    'Juntos, estos contactos tienen {count} números; un contacto admite como máximo {max}. Quita algunos de uno de ellos y vuelve a combinarlos.',
  mergeTooManySipAddresses:
    'Juntos, estos contactos tienen {count} direcciones SIP; un contacto admite como máximo {max}. Quita algunas de uno de ellos y vuelve a combinarlos.',
  mergeTooManyEmails:
    'Juntos, estos contactos tienen {count} direcciones de correo; un contacto admite como máximo {max}. Quita algunas de uno de ellos y vuelve a combinarlos.',

  numberLooksSipIn:
    'El número de teléfono {position} («{number}») no es un número posible en {country}: parece una dirección SIP. Ponlo en Direcciones SIP.',
  numberLooksSip:
    'El número de teléfono {position} («{number}») no es un número posible: parece una dirección SIP. Ponlo en Direcciones SIP.',
  numberHasCodesIn:
    'El número de teléfono {position} («{number}») no es un número posible en {country}: no se puede llamar a números con * o #. Quita esos códigos.',
  numberHasCodes:
    'El número de teléfono {position} («{number}») no es un número posible: no se puede llamar a números con * o #. Quita esos códigos.',
  numberTooShortIn:
    'El número de teléfono {position} («{number}») no es un número posible en {country}: es demasiado corto. Escribe el número completo con su prefijo de zona, o empieza por + y el prefijo del país.',
  numberTooShort:
    'El número de teléfono {position} («{number}») no es un número posible: es demasiado corto. Escribe el número completo con su prefijo de zona, o empieza por + y el prefijo del país.',
  numberTooLongIn:
    'El número de teléfono {position} («{number}») no es un número posible en {country}: tiene demasiados dígitos. Comprueba que no sobre ninguno.',
  numberTooLong:
    'El número de teléfono {position} («{number}») no es un número posible: tiene demasiados dígitos. Comprueba que no sobre ninguno.',
  numberBadCountryCodeIn:
    'El número de teléfono {position} («{number}») no es un número posible en {country}: los dígitos después del + no son un prefijo de país. Compruébalos.',
  numberBadCountryCode:
    'El número de teléfono {position} («{number}») no es un número posible: los dígitos después del + no son un prefijo de país. Compruébalos.',
  numberNotANumberIn:
    'El número de teléfono {position} («{number}») no es un número posible en {country}: no es un número de teléfono. Escribe los dígitos, o empieza por + y el prefijo del país.',
  numberNotANumber:
    'El número de teléfono {position} («{number}») no es un número posible: no es un número de teléfono. Escribe los dígitos, o empieza por + y el prefijo del país.',
  numberUnknownIn:
    'El número de teléfono {position} («{number}») no es un número posible en {country}: allí ningún número se escribe así. Comprueba los dígitos, o empieza por + y el prefijo del país.',
  numberUnknown:
    'El número de teléfono {position} («{number}») no es un número posible: ningún número se escribe así. Comprueba los dígitos, o empieza por + y el prefijo del país.',

  fileEmptyVcard:
    'Este archivo está vacío. Vuelve a exportar tus contactos como vCard (.vcf) y elige el archivo nuevo.',
  fileEmptyCsv: 'Este archivo está vacío. Vuelve a exportar tus contactos como CSV y elige el archivo nuevo.',
  fileBinaryVcard:
    'Este archivo no es un archivo vCard: contiene datos binarios, no texto. Exporta tus contactos como vCard (.vcf) y vuelve a intentarlo.',
  fileBinaryCsv:
    'Este archivo no es un archivo CSV: contiene datos binarios, no texto. Exporta tus contactos como CSV y vuelve a intentarlo.',
  fileNotVcard:
    'Este archivo no es una vCard: no tiene BEGIN:VCARD. Exporta tus contactos como vCard (.vcf) y vuelve a intentarlo.',
  vcardCutOff:
    'El archivo vCard termina en mitad de una tarjeta (la tarjeta {card} no tiene END:VCARD): puede que esté cortado, así que no se importó nada. Vuelve a exportar tus contactos y elige el archivo nuevo.',
  csvIsVcard: 'Este archivo es una vCard, no un archivo CSV. Impórtalo como vCard (.vcf).',
  csvCutOff:
    'El archivo CSV termina dentro de un campo entre comillas (abierto en la fila {row}): puede que esté cortado, así que no se importó nada.',
  csvNotAField: '«{field}» no es un campo de contacto al que Dialtone pueda importar una columna.',
  csvNoSuchColumn:
    'Este archivo CSV no tiene ninguna columna llamada «{header}». Revisa la fila de encabezado, o elige otra columna.',
  csvNoHeader:
    'Este archivo CSV no tiene una fila de encabezado que Dialtone reconozca: su primera fila debe nombrar las columnas, como «Name» y «Phone». Exporta desde Google Contacts u Outlook, o elige qué columna contiene qué.',
  fileUnreadable: 'No se pudo leer este archivo ({detail}); no se importó nada.',
  fileUnreadableUnknown: 'No se pudo leer este archivo (error desconocido); no se importó nada.',
  fileFailed: '{detail} No se importó nada.',
  fileNotVcardRead: 'No se pudo leer como archivo vCard. No se importó nada.',
  fileNotCsvRead: 'No se pudo leer como archivo CSV. No se importó nada.',

  entryCard: 'tarjeta {card}',
  entryCardOf: 'tarjeta {card} ({name})',
  entryRow: 'fila {row}',
  entryRowOf: 'fila {row} ({name})',
  entryContact: 'Contacto {position}',
  entryNamed: '{name}',
  entryNumberOf: '{name}: {number}',

  cardUnreadable: 'No se pudo leer esta tarjeta ({detail}).',
  cardLineUnreadable: '1 línea no tenía la forma «nombre:valor» y se dejó fuera de esta tarjeta.',
  cardLinesUnreadable: '{count} líneas no tenían la forma «nombre:valor» y se dejaron fuera de esta tarjeta.',
  rowDamaged: 'Un campo entre comillas de esta fila está dañado, así que la fila se dejó fuera.',
  noName: 'sin nombre',
  noNameNoNumber: 'sin nombre ni número de teléfono',
  notAContact: 'no encaja en el modelo de contacto',
  notAValidContact: 'No es un contacto válido.',
  numbersBeyond: 'Se dejaron fuera {count} números de teléfono más allá de los {max} primeros.',
  sipAddressesBeyond: 'Se dejaron fuera {count} direcciones SIP más allá de las {max} primeras.',
  emailsBeyond: 'Se dejaron fuera {count} direcciones de correo más allá de las {max} primeras.',
  numberWithoutDigits: '«{number}» no tiene dígitos, así que se dejó fuera.',
  numberTooLongLeftOut: 'Se dejó fuera un número de teléfono de más de {max} caracteres.',
  sipAddressInvalid: '«{address}» no es una dirección SIP válida, así que se dejó fuera.',
  emailInvalid: '«{address}» no es una dirección de correo válida, así que se dejó fuera.',
  nameShortened: 'El nombre tenía más de 200 caracteres y se acortó.',
  organisationShortened: 'La organización tenía más de 200 caracteres y se acortó.',
  noteShortened: 'La nota tenía más de 10.000 caracteres y se acortó.',
  importedWithoutNumber: 'El contacto se importó sin ese número.',
  alreadyThere: 'Ya está en tus contactos como «{name}».',
  noRoomToMerge:
    '«{name}» tiene el mismo número, pero no le caben más números ni direcciones (como máximo 20 de cada tipo).',

  callAlreadyRemoved: 'Esa llamada ya se quitó del historial.',
  accountGone: 'Esa cuenta ya no existe. Vuelve a abrir la lista de cuentas e inténtalo de nuevo.',
  accountAlreadyRemoved: 'Esa cuenta ya se quitó.',
  nothingToRedial: 'Todavía no has hecho ninguna llamada que volver a marcar. Llama desde el teclado o el historial.',
  nothingToCallBack: 'No queda ninguna llamada perdida que devolver. Llama desde el teclado o el historial.',

  callAudioGone: 'Esa llamada terminó, o su audio se volvió a conectar.',
  callAlreadyEnded: 'Esa llamada ya ha terminado.',
  callNoAudioPath: 'La llamada todavía no tiene audio. Cuelga y vuelve a llamar; si sigue pasando, reinicia Dialtone.',
  callAudioRefused: 'Dialtone no pudo conectar el audio de la llamada ({detail}). Reinicia Dialtone y vuelve a llamar.',

  keyringUnavailable:
    'Dialtone no puede guardar contraseñas de forma segura porque el llavero del sistema no está disponible. No se guardó nada. Desbloquea o configura tu llavero (en Linux: GNOME Keyring o KWallet) y vuelve a intentarlo.',
  keyringMissing:
    'Dialtone no guardará contraseñas porque no se encontró ningún llavero del sistema, solo una alternativa sin protección. No se guardó nada. Instala y desbloquea GNOME Keyring o KWallet y reinicia Dialtone.',
} satisfies Translation<typeof contactsWords>;
