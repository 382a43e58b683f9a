import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  headsetHeading: 'Boutons du casque',
  headsetHint:
    'Répondez, raccrochez et coupez le micro avec les boutons d’un casque USB (ou de son dongle sans fil) ; ses voyants suivent vos appels.',
  headsetConnect: 'Connecter un casque',
  headsetNone: 'Aucun casque connecté.',
  headsetConnectedList: 'Casques connectés',
  headsetUnsupported: 'Les boutons du casque fonctionnent dans l’application de bureau, ou dans Chrome ou Edge.',
  headsetConnectFailed: 'Impossible de connecter le casque ({reason}). Débranchez-le, rebranchez-le, puis réessayez.',
  headsetProblem: 'Les boutons de {name} ne répondent plus ({reason}). Débranchez le casque, puis rebranchez-le.',
  headsetListFailed: 'Dialtone n’a pas pu trouver vos casques ({reason}). Rechargez la fenêtre pour réessayer.',
} satisfies Translation<typeof en>;
