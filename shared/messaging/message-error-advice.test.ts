import { describe, expect, it } from 'vitest';
import { messageAdviceEnglish, type MessageAdviceKey } from './message-advice-english';
import { adviceForMessageError, type MessageErrorAdvice } from './message-error-advice';

/** The advice as an English reader gets it (the renderer formats the same keys and values). */
function inEnglish(code: number | null) {
  const advice: MessageErrorAdvice = adviceForMessageError(code);
  const text = (key: MessageAdviceKey) => messageAdviceEnglish[key].replaceAll('{code}', advice.values.code);
  return {
    code: advice.code,
    title: text(advice.title),
    whatToDo: text(advice.whatToDo),
    link: advice.link && { href: advice.link.href, text: text(advice.link.text) },
  };
}

const a2pGuide = {
  href: 'https://www.twilio.com/docs/messaging/compliance/a2p-10dlc',
  text: 'How to register for A2P 10DLC on Twilio',
};
const page = (code: number) => ({
  href: `https://www.twilio.com/docs/api/errors/${code}`,
  text: `About error ${code} on Twilio’s site`,
});

/** Each code Dialtone explains: what its title says, what the advice tells the person to do, where it links. */
const expected: [code: number, title: RegExp, whatToDo: RegExp, link: { href: string; text: string }][] = [
  [20003, /sign-in/, /Connect your Twilio account again in Settings/, page(20003)],
  [21211, /not a number/, /country code.*Short codes.*sender names/, page(21211)],
  [21408, /country/, /Messaging Geographic Permissions.*Messaging > Settings > Geo permissions/, page(21408)],
  [21606, /Your number cannot send/, /capabilities.*Phone Numbers > Active numbers/, page(21606)],
  [21608, /trial account/i, /Verified Caller IDs.*upgrade/, page(21608)],
  [21610, /unsubscribed/, /replied STOP.*text START/, page(21610)],
  [21612, /between your number and this one/, /landline.*call instead/, page(21612)],
  [21614, /not a mobile number/, /landline.*Call the person instead/, page(21614)],
  [30001, /queue/, /Send it again/, page(30001)],
  [30002, /suspended/, /balance.*Twilio Support/, page(30002)],
  [30003, /could not be reached/, /switched off.*call instead/, page(30003)],
  [30004, /blocked/, /STOP.*START/, page(30004)],
  [30005, /unknown or no longer in service/, /disconnected/, page(30005)],
  [30006, /cannot receive texts/, /landline.*Call the person instead/, page(30006)],
  [30007, /filtered/, /spam.*without links/, page(30007)],
  [30008, /did not give/, /Send it again.*Twilio Support/, page(30008)],
  [30032, /toll-free number is not verified/, /Toll-Free Verification.*Regulatory Information/, page(30032)],
  [30034, /not registered.*A2P 10DLC/, /Messaging > Regulatory Compliance.*Brand.*Campaign/, a2pGuide],
  [30035, /registration is not finished/, /Messaging > Regulatory Compliance.*approved Campaign/, a2pGuide],
  [30036, /expired/, /Send it again/, page(30036)],
];

describe('adviceForMessageError', () => {
  it('says Twilio gave no reason when a message came back without a code, and what to check', () => {
    expect(inEnglish(null)).toEqual({
      code: null,
      title: 'Twilio gave no reason',
      whatToDo: 'Check the number, then send the message again.',
      link: null,
    });
  });

  it('links A2P 10DLC registration only for the 10DLC codes, a toll-free verification to its own page', () => {
    expect(inEnglish(30032).link?.text).toBe('About error 30032 on Twilio’s site');
    expect(inEnglish(30034).link?.text).toBe('How to register for A2P 10DLC on Twilio');
    expect(inEnglish(30035).link?.text).toBe('How to register for A2P 10DLC on Twilio');
  });

  it.each(expected)('explains %i in words, with what to do and a link', (code, title, whatToDo, link) => {
    const advice = inEnglish(code);
    expect(advice).toEqual({
      code,
      title: expect.stringMatching(title),
      whatToDo: expect.stringMatching(whatToDo),
      link,
    });
    expect(advice.title).not.toContain(String(code));
  });

  it('gives every known code its own title', () => {
    const titles = expected.map(([code]) => inEnglish(code).title);
    expect(new Set(titles).size).toBe(expected.length);
  });

  it('says what A2P 10DLC registration Twilio requires', () => {
    const advice = inEnglish(30034);
    expect(advice.whatToDo).toMatch(/A2P 10DLC/);
    expect(advice.whatToDo).toMatch(/Trust Hub/);
    expect(advice.whatToDo).toMatch(/Brand \(who you are\) and a Campaign \(what you send\)/);
  });

  it('names an unknown code, with its page on Twilio', () => {
    expect(inEnglish(12345)).toEqual({
      code: 12345,
      title: 'Twilio could not send this text (error 12345)',
      whatToDo: expect.stringMatching(/^Send it again\. .*error 12345.*Twilio Support/),
      link: page(12345),
    });
    expect(inEnglish(1)).toMatchObject({ title: expect.stringContaining('(error 1)'), link: page(1) });
  });

  it('links nowhere for a code that cannot be Twilio’s', () => {
    for (const code of [0, -30003, 30003.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(inEnglish(code), String(code)).toEqual({
        code,
        title: 'Twilio could not send this text',
        whatToDo: 'Send it again. If it fails again, contact Twilio Support with the message details.',
        link: null,
      });
    }
  });

  it('gives the code as written, never grouped like a number, and nothing for a missing code', () => {
    expect(adviceForMessageError(30034).values).toEqual({ code: '30034' });
    expect(adviceForMessageError(null).values).toEqual({ code: '' });
  });

  it('uses every English text it has, and has one for each it uses', () => {
    const codes = [null, 0, 12345, ...expected.map(([code]) => code)];
    const used = new Set(
      codes.flatMap((code) => {
        const advice = adviceForMessageError(code);
        return [advice.title, advice.whatToDo, ...(advice.link ? [advice.link.text] : [])];
      }),
    );
    expect([...used].sort()).toEqual(Object.keys(messageAdviceEnglish).sort());
  });
});
