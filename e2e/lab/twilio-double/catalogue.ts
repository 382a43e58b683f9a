/** What AvailablePhoneNumbers offers: the default catalogue, and the shape a test can pass its own in. */
export interface CatalogueNumber {
  phoneNumber: string;
  isoCountry: string;
  type: 'local' | 'mobile' | 'tollFree';
  friendlyName?: string;
  locality?: string | null;
  region?: string | null;
  postalCode?: string | null;
  rateCenter?: string | null;
  lata?: string | null;
  addressRequirements?: 'none' | 'any' | 'local' | 'foreign';
  capabilities?: { voice: boolean; sms: boolean; mms: boolean; fax?: boolean };
  beta?: boolean;
}

const usVoiceSms = { voice: true, sms: true, mms: true, fax: false };

function us(phoneNumber: string, locality: string, region: string, postalCode: string): CatalogueNumber {
  return {
    phoneNumber,
    isoCountry: 'US',
    type: 'local',
    locality,
    region,
    postalCode,
    rateCenter: locality.toUpperCase(),
  };
}

export const defaultCatalogue: CatalogueNumber[] = [
  us('+15125550100', 'Austin', 'TX', '78701'),
  us('+15125550123', 'Austin', 'TX', '78702'),
  us('+15125557788', 'Austin', 'TX', '78703'),
  us('+15125559999', 'Round Rock', 'TX', '78664'),
  us('+14155550111', 'San Francisco', 'CA', '94103'),
  us('+14155550142', 'San Francisco', 'CA', '94110'),
  us('+16465550150', 'New York', 'NY', '10001'),
  { phoneNumber: '+18445550100', isoCountry: 'US', type: 'tollFree', capabilities: usVoiceSms },
  { phoneNumber: '+18775550177', isoCountry: 'US', type: 'tollFree', capabilities: usVoiceSms },
  {
    phoneNumber: '+442071838750',
    isoCountry: 'GB',
    type: 'local',
    locality: 'London',
    addressRequirements: 'any',
    capabilities: { voice: true, sms: false, mms: false, fax: false },
  },
  {
    phoneNumber: '+441615550123',
    isoCountry: 'GB',
    type: 'local',
    locality: 'Manchester',
    addressRequirements: 'local',
    capabilities: { voice: true, sms: false, mms: false, fax: false },
  },
  {
    phoneNumber: '+447700900123',
    isoCountry: 'GB',
    type: 'mobile',
    addressRequirements: 'any',
    capabilities: { voice: true, sms: true, mms: false, fax: false },
  },
  {
    phoneNumber: '+4930555010',
    isoCountry: 'DE',
    type: 'local',
    locality: 'Berlin',
    addressRequirements: 'local',
    capabilities: { voice: true, sms: false, mms: false, fax: false },
  },
];

/** "(512) 555-0100" for NANP numbers, else the E.164 form, as Twilio's friendly_name does. */
export function formatNumber(phoneNumber: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(phoneNumber);
  return nanp ? `(${nanp[1]}) ${nanp[2]}-${nanp[3]}` : phoneNumber;
}

const keypad: Record<string, string> = {
  abc: '2',
  def: '3',
  ghi: '4',
  jkl: '5',
  mno: '6',
  pqrs: '7',
  tuv: '8',
  wxyz: '9',
};

/**
 * Twilio's Contains: digits or letters (keypad), `*` one character, `%` any run, a leading `+` anchors at the start
 * of the E.164 number and a trailing `$` at its end; otherwise it matches anywhere.
 */
export function containsMatcher(pattern: string): (phoneNumber: string) => boolean {
  const anchoredStart = pattern.startsWith('+');
  const anchoredEnd = pattern.endsWith('$');
  const body = pattern.replace(/^\+/, '').replace(/\$$/, '').toLowerCase();
  const source = [...body]
    .map((char) => {
      if (char === '*') return '\\d';
      if (char === '%') return '\\d*';
      const letter = Object.entries(keypad).find(([letters]) => letters.includes(char));
      return letter ? letter[1] : char.replace(/[^0-9]/g, '');
    })
    .join('');
  const regex = new RegExp(`${anchoredStart ? '^' : ''}${source}${anchoredEnd ? '$' : ''}`);
  return (phoneNumber) => regex.test(phoneNumber.replace(/^\+/, ''));
}
