/** What main says about contacts, their import and export, the history and the SIP accounts. */
export const contactsWords = {} as const;
