/** What main says about calls: placing, answering, recording, transfer, the sound test and registration. */
export const callsWords = {} as const;
