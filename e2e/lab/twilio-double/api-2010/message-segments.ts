// How many parts Twilio bills a body as: GSM-7 (extension characters count twice) 160 / 153 per part, else UCS-2
// code units 70 / 67 per part.
const gsm7Basic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const gsm7Extension = '^{}\\[~]|€\f';

export function segmentsOf(body: string): number {
  let septets = 0;
  for (const character of body) {
    if (gsm7Basic.includes(character)) septets += 1;
    else if (gsm7Extension.includes(character)) septets += 2;
    else return body.length <= 70 ? 1 : Math.ceil(body.length / 67);
  }
  return septets <= 160 ? 1 : Math.ceil(septets / 153);
}
