import type { Translation } from '../../../i18n/catalogue-types';
import type en from './en';

export default {
  heading: 'Test du son',
  intro:
    'Vérifiez votre casque avant votre premier appel : Dialtone diffuse un court message, vous enregistre pendant 8 secondes et vous fait réécouter l’enregistrement. Aucun compte nécessaire.',
  start: 'Lancer le test du son',
  again: 'Refaire le test',
  stop: 'Arrêter le test du son',
  figures: '(crête {peak, number} dBFS, moyenne {average, number} dBFS)',
  verdictSilent:
    'Nous n’avons presque rien entendu. Vérifiez que le bon micro est choisi dans Réglages et qu’il n’est pas coupé.',
  verdictTooLoud: 'Votre micro est trop fort et sature. Baissez son volume d’entrée dans les réglages du système.',
  verdictQuiet: 'Votre micro est faible. Rapprochez-le ou augmentez son volume d’entrée dans les réglages du système.',
  verdictGood: 'Votre micro sonne bien.',
  phasePrompt: 'Écoutez les instructions…',
  phaseRecording: 'Enregistrement : dites quelques mots maintenant.',
  phasePlayback: 'Lecture de ce que vous avez dit.',
  phaseDone: 'Test du son terminé.',
} satisfies Translation<typeof en>;
