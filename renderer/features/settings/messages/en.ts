export default {
  languageLabel: 'Language',
  languageHint: 'System uses the language your computer is set to, when Dialtone speaks it; otherwise English.',
  languageSystem: 'System',
} as const;
