// Lookup v2 (lookups.twilio.com/v2) is NOT in the spec files Prism has: the double serves it directly, and only
// what Dialtone reads, the line type (twilio.com/docs/lookup/v2-api/line-type-intelligence). A number's line type
// is whatever the test set (setLineType); any other number has none, as Twilio answers when it cannot tell.
import { badParameter } from './errors';
import { route, type Route } from './server';
import type { Store } from './state';

/** Some of the values Twilio documents for line_type_intelligence.type ("mobile" is named in its prose only). */
export type LineType = 'mobile' | 'landline' | 'tollFree' | 'voicemail' | 'unknown';

export interface LookupsLab {
  /** What Line Type Intelligence says `number` is; null: it cannot tell. */
  setLineType(number: string, type: LineType | null): void;
}

const e164 = /^\+[1-9]\d{6,14}$/;

export function lookupsLab(store: Store): LookupsLab {
  return {
    setLineType(number, type) {
      if (type) store.lineTypes.set(number, type);
      else store.lineTypes.delete(number);
    },
  };
}

export const lookupRoutes: Route[] = [
  route('lookups', 'GET', '/v2/PhoneNumbers/:PhoneNumber', (c) => {
    const number = decodeURIComponent(c.params.PhoneNumber!);
    if (!e164.test(number)) throw badParameter(`The double looks up E.164 numbers only, got ${number.slice(0, 40)}`);
    const fields = (c.query.get('Fields') ?? '').split(',').map((field) => field.trim());
    const type = c.store.lineTypes.get(number) ?? null;
    return {
      status: 200,
      body: {
        phone_number: number,
        valid: true,
        validation_errors: [],
        line_type_intelligence: fields.includes('line_type_intelligence')
          ? { type, carrier_name: null, mobile_country_code: null, mobile_network_code: null, error_code: null }
          : null,
        url: `https://lookups.twilio.com/v2/PhoneNumbers/${encodeURIComponent(number)}`,
      },
    };
  }),
];
