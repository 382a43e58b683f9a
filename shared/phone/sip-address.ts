/**
 * The comparable form of a SIP address: no scheme, parameters or headers, lower case, so
 * "sip:Bob@PBX.example;transport=tls" and "bob@pbx.example" are the same person.
 */
export function bareSipAddress(uri: string): string {
  return uri
    .trim()
    .replace(/^sips?:/i, '')
    .replace(/[;?].*$/, '')
    .toLowerCase();
}
