/** What main says about the team: members, ring groups and line invitations. */
export const teamWords = {} as const;
