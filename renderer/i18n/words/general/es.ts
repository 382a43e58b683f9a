import type { generalWords } from '../../../../shared/text/general-words';
import type { Translation } from '../../catalogue-types';

export default {
  internalError: 'Dialtone ha tenido un error interno. Inténtalo de nuevo; si sigue pasando, reinicia Dialtone.',
  unknownRequest: 'Esta solicitud no forma parte del contrato de Dialtone y se ha ignorado.',
  requestRefused: 'La solicitud {request} se ha rechazado y no se ha cambiado nada: {issues}',
  notFromWindow: 'Esta solicitud no venía de la ventana de Dialtone, así que se ha rechazado.',
} satisfies Translation<typeof generalWords>;
