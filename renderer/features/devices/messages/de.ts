import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  headsetHeading: 'Headset-Tasten',
  headsetHint:
    'Nehmen Sie Anrufe mit den Tasten eines USB-Headsets (oder seines Funk-Dongles) an, legen Sie auf und schalten Sie stumm; die LEDs zeigen den Anrufstatus.',
  headsetConnect: 'Headset verbinden',
  headsetNone: 'Kein Headset verbunden.',
  headsetConnectedList: 'Verbundene Headsets',
  headsetUnsupported: 'Headset-Tasten funktionieren in der Desktop-App sowie in Chrome oder Edge.',
  headsetConnectFailed:
    'Das Headset konnte nicht verbunden werden ({reason}). Ziehen Sie es ab, stecken Sie es wieder ein und versuchen Sie es erneut.',
  headsetProblem:
    'Die Tasten von {name} reagieren nicht mehr ({reason}). Ziehen Sie das Headset ab und stecken Sie es wieder ein.',
  headsetListFailed:
    'Dialtone konnte Ihre Headsets nicht finden ({reason}). Laden Sie das Fenster neu, um es erneut zu versuchen.',
} satisfies Translation<typeof en>;
