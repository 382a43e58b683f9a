import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  heading: 'Soundtest',
  intro:
    'Prüfen Sie Ihr Headset vor dem ersten Anruf: Dialtone spielt eine kurze Nachricht ab, nimmt Sie 8 Sekunden lang auf und spielt die Aufnahme wieder ab. Kein Konto nötig.',
  start: 'Soundtest starten',
  again: 'Erneut testen',
  stop: 'Soundtest beenden',
  figures: '(Spitze {peak, number} dBFS, Durchschnitt {average, number} dBFS)',
  verdictSilent:
    'Wir haben fast nichts gehört. Prüfen Sie, ob in den Einstellungen das richtige Mikrofon gewählt und es nicht stummgeschaltet ist.',
  verdictTooLoud:
    'Ihr Mikrofon ist zu laut und übersteuert. Verringern Sie die Eingangslautstärke in den Systemeinstellungen.',
  verdictQuiet:
    'Ihr Mikrofon ist leise. Bringen Sie es näher heran oder erhöhen Sie die Eingangslautstärke in den Systemeinstellungen.',
  verdictGood: 'Ihr Mikrofon klingt gut.',
  phasePrompt: 'Hören Sie sich die Anweisungen an…',
  phaseRecording: 'Aufnahme: Sagen Sie jetzt ein paar Worte.',
  phasePlayback: 'Ihre Aufnahme wird abgespielt.',
  phaseDone: 'Soundtest beendet.',
} satisfies Translation<typeof en>;
