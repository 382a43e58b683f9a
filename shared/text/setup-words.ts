/** What main says about the Twilio line: setup, routing, greetings, call handling and updates. */
export const setupWords = {} as const;
