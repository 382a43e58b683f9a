import type { generalWords } from '../../../../shared/text/general-words';
import type { Translation } from '../../catalogue-types';

export default {
  internalError:
    'In Dialtone ist ein interner Fehler aufgetreten. Versuchen Sie es erneut; wenn es wieder passiert, starten Sie Dialtone neu.',
  unknownRequest: 'Diese Anfrage gehört nicht zum Vertrag von Dialtone und wurde ignoriert.',
  requestRefused: 'Die Anfrage {request} wurde abgelehnt, nichts wurde geändert: {issues}',
  notFromWindow: 'Diese Anfrage kam nicht aus dem Fenster von Dialtone und wurde abgelehnt.',
} satisfies Translation<typeof generalWords>;
