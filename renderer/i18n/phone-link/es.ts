import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  addressTooLong: 'Esta dirección es demasiado larga para llamar. Revisa el enlace.',
  telDamaged: 'Este enlace de teléfono está dañado (su codificación % no es válida). Copia el número en su lugar.',
  telNoNumber: 'Este enlace de teléfono no contiene ningún número.',
  telHoldsAddress: 'Este enlace tel: contiene una dirección, no un número de teléfono. Revisa el enlace.',
  localNotWhole:
    'Este enlace da {number} como número local dentro de {prefix}, lo que no forma un número completo. Pide el número completo.',
  localElsewhere: 'Este enlace es un número local de {context}, al que Dialtone no puede llamar desde aquí.',
  sipNoAddress:
    'Este enlace SIP no contiene ninguna dirección. Una dirección SIP tiene este aspecto: sip:alice@example.com.',
  sipDamaged: 'Este enlace SIP está dañado (su codificación % no es válida). Copia la dirección en su lugar.',
  sipBadName: 'Este enlace SIP tiene un nombre al que Dialtone no puede llamar. Revisa el enlace.',
  calltoDamaged: 'Este enlace callto: está dañado (su codificación % no es válida). Copia el número en su lugar.',
  calltoNoNumber: 'Este enlace callto: no contiene ningún número.',
  skypeName:
    '«{name}» es un nombre de Skype, no un número de teléfono. Dialtone llama a números de teléfono y direcciones SIP: pide su número.',
  empty: 'Este enlace está vacío. Dialtone abre enlaces tel:, sip: y callto:.',
  linkTooLong: 'Este enlace es demasiado largo para ser un número de teléfono o una dirección SIP.',
  notALink: 'Esto no es un enlace de teléfono. Dialtone abre enlaces tel:, sip: y callto:.',
  skypeLink:
    'Los enlaces de Skype llaman a cuentas de Skype, a las que Dialtone no puede llegar. Pide un número de teléfono.',
  otherScheme: 'Dialtone no puede abrir enlaces {scheme}:. Dialtone abre enlaces tel:, sip: y callto:.',
} satisfies Translation<typeof en>;
