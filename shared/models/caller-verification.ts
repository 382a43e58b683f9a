/** The words for a caller whose carrier vouched for their number, shown by the app and the system notification. */
export const callerVerifiedText = {
  label: 'Verified number',
  explanation: 'The caller’s carrier confirmed this number (SHAKEN/STIR)',
} as const;
