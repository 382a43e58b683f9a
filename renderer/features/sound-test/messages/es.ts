import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  heading: 'Prueba de sonido',
  intro:
    'Comprueba tus auriculares antes de tu primera llamada: Dialtone reproduce un mensaje breve, te graba durante 8 segundos y te lo vuelve a reproducir. No hace falta cuenta.',
  start: 'Iniciar prueba de sonido',
  again: 'Volver a probar',
  stop: 'Detener prueba de sonido',
  figures: '(pico {peak, number} dBFS, media {average, number} dBFS)',
  verdictSilent:
    'Casi no hemos oído nada. Comprueba que el micrófono correcto esté elegido en Ajustes y que no esté silenciado.',
  verdictTooLoud:
    'Tu micrófono suena demasiado alto y distorsiona. Baja su volumen de entrada en los ajustes del sistema.',
  verdictQuiet: 'Tu micrófono suena bajo. Acércalo o sube su volumen de entrada en los ajustes del sistema.',
  verdictGood: 'Tu micrófono suena bien.',
  phasePrompt: 'Escucha las instrucciones…',
  phaseRecording: 'Grabando: di unas palabras ahora.',
  phasePlayback: 'Reproduciendo lo que has dicho.',
  phaseDone: 'Prueba de sonido terminada.',
} satisfies Translation<typeof en>;
