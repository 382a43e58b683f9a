/** A national ringing tone (what a caller hears while the far end rings), as ITU-T E.180 describes them. */
export interface RingbackTone {
  /** Sine components sounding together, in Hz. */
  frequencies: readonly number[];
  /** Amplitude modulation of the sum (E.180's "400 × 25"), in Hz; absent when the tone is unmodulated. */
  modulationHz?: number;
  /** Seconds on, off, on, off…: an even number of positive durations, repeated while the far end rings. */
  cadence: readonly number[];
}

/** ITU-T E.180's recommended ringing tone, used by most of Europe, Latin America and beyond. */
export const ituRingback: RingbackTone = { frequencies: [425], cadence: [1, 4] };

const northAmerican: RingbackTone = { frequencies: [440, 480], cadence: [2, 4] };
const britishDouble: RingbackTone = { frequencies: [400, 450], cadence: [0.4, 0.2, 0.4, 2] };
const doubleRing = (tone: Omit<RingbackTone, 'cadence'>): RingbackTone => ({ ...tone, cadence: [0.4, 0.2, 0.4, 2] });

/** The North American Numbering Plan: the US, Canada and the Caribbean countries that share +1. */
const nanpCountries = [
  'US', 'CA', 'AG', 'AI', 'AS', 'BB', 'BM', 'BS', 'DM', 'DO', 'GD', 'GU', 'JM', 'KN', 'KY', 'LC', 'MP', 'MS',
  'PR', 'SX', 'TC', 'TT', 'VC', 'VG', 'VI',
]; // prettier-ignore

/**
 * Where the tone differs from E.180's recommendation, by ISO 3166 country code. Sources: ITU-T E.180
 * Supplement 2 ("Various tones used in national networks") and the national specifications it
 * cites (BT SIN 350 for the UK, ACIF S002 for Australia, IDA TS PSTN1 for Singapore).
 */
const nationalTones: Readonly<Record<string, RingbackTone>> = {
  ...Object.fromEntries(nanpCountries.map((country) => [country, northAmerican])),
  GB: britishDouble,
  GG: britishDouble,
  IE: britishDouble,
  IM: britishDouble,
  JE: britishDouble,
  NZ: britishDouble,
  AU: doubleRing({ frequencies: [413, 438] }),
  MY: doubleRing({ frequencies: [425] }),
  IN: doubleRing({ frequencies: [400], modulationHz: 25 }),
  SG: doubleRing({ frequencies: [425], modulationHz: 24 }),
  ZA: doubleRing({ frequencies: [400], modulationHz: 33 }),
  AT: { frequencies: [420], cadence: [1, 5] },
  BE: { frequencies: [425], cadence: [1, 3] },
  CL: { frequencies: [400], cadence: [1, 3] },
  CN: { frequencies: [450], cadence: [1, 4] },
  ES: { frequencies: [425], cadence: [1.5, 3] },
  FR: { frequencies: [440], cadence: [1.5, 3.5] },
  HU: { frequencies: [425], cadence: [1.25, 3.75] },
  IL: { frequencies: [414], cadence: [1, 3] },
  JP: { frequencies: [400], modulationHz: 16, cadence: [1, 2] },
  KR: { frequencies: [440, 480], cadence: [1, 2] },
  PH: { frequencies: [425, 480], cadence: [1, 4] },
  PT: { frequencies: [425], cadence: [1, 5] },
  SE: { frequencies: [425], cadence: [1, 5] },
  TH: { frequencies: [420], cadence: [1, 5] },
  TW: { frequencies: [440, 480], cadence: [1, 2] },
};

/** The ringing tone a person from `country` (ISO 3166 alpha-2, e.g. the default country setting) expects. */
export function ringbackToneFor(country: string): RingbackTone {
  return Object.hasOwn(nationalTones, country) ? nationalTones[country]! : ituRingback;
}
