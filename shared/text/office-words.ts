/** What main says about office phone systems: the Elastic SIP Trunk and the PBX configuration. */
export const officeWords = {} as const;
