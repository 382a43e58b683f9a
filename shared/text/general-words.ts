/** What any request can answer, whatever it asked for. */
export const generalWords = {
  internalError: 'Dialtone hit an internal error. Try again; if it keeps happening, restart Dialtone.',
  unknownRequest: 'This request is not part of the Dialtone contract and was ignored.',
  requestRefused: 'The request {request} was refused, nothing was changed: {issues}',
  notFromWindow: 'This request did not come from the Dialtone window, so it was refused.',
} as const;
