import type { generalWords } from '../../../../shared/text/general-words';
import type { Translation } from '../../catalogue-types';

export default {
  internalError: 'Dialtone a rencontré une erreur interne. Réessayez ; si le problème persiste, redémarrez Dialtone.',
  unknownRequest: 'Cette demande ne fait pas partie du contrat de Dialtone et a été ignorée.',
  requestRefused: 'La demande {request} a été refusée, rien n’a été modifié : {issues}',
  notFromWindow: 'Cette demande ne venait pas de la fenêtre de Dialtone : elle a été refusée.',
} satisfies Translation<typeof generalWords>;
