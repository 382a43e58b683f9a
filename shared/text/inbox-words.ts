/** What main says about voicemail, text messages and their pictures. */
export const inboxWords = {} as const;
