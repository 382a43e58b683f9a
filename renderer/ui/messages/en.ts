export default {
  countCapped: '{max}+',
  verifiedNumber: 'Verified number',
  verifiedExplanation: 'The caller’s carrier confirmed this number (SHAKEN/STIR)',
  saving: 'Saving…',
  saved: 'Saved',
  optional: ' (optional)',
  cancel: 'Cancel',
} as const;
