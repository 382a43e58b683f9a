export default {
  heading: 'Sound test',
  intro:
    'Check your headset before your first call: Dialtone plays a short message, records you for 8 seconds and plays it back. No account needed.',
  start: 'Start sound test',
  again: 'Test again',
  stop: 'Stop sound test',
  figures: '(loudest {peak, number} dBFS, average {average, number} dBFS)',
  verdictSilent:
    'We heard almost nothing. Check that the right microphone is chosen in Settings and that it is not muted.',
  verdictTooLoud: 'Your microphone is too loud and distorts. Lower its input volume in your system settings.',
  verdictQuiet: 'Your microphone is quiet. Move it closer, or raise its input volume in your system settings.',
  verdictGood: 'Your microphone sounds good.',
  phasePrompt: 'Listen to the instructions…',
  phaseRecording: 'Recording: say a few words now.',
  phasePlayback: 'Playing back what you said.',
  phaseDone: 'Sound test finished.',
} as const;
