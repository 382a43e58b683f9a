import { describe, expect, it } from 'vitest';
import { pbxConfigInputSchema, pbxPasswordSchema, pbxPasswordPlaceholder } from './pbx-config-input';
import { asteriskInput, freeswitchInput } from './pbx-config-test-kit';

const hostile = ['evil\nmatch=0.0.0.0/0', 'x[general]', 'a;b', 'say "hi"', 'a<b', 'a>b', 'a$${b}', 'a b'];

function problemFor(candidate: unknown): string {
  const result = pbxConfigInputSchema.safeParse(candidate);
  if (result.success) return '';
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
}

describe('pbxConfigInputSchema', () => {
  it('accepts a complete input for each PBX and lower-cases the termination domain', () => {
    const parsed = pbxConfigInputSchema.parse(asteriskInput({ terminationDomain: 'My-Office.PSTN.twilio.com' }));
    expect(parsed.terminationDomain).toBe('my-office.pstn.twilio.com');
    expect(pbxConfigInputSchema.safeParse(freeswitchInput('freeswitch')).success).toBe(true);
    expect(
      pbxConfigInputSchema.safeParse(freeswitchInput('bigbluebutton', { pbxAddress: 'bbb.example.org' })).success,
    ).toBe(true);
  });

  it.each([
    ['terminationDomain', 'The termination domain'],
    ['terminationUsername', 'The termination username'],
    ['pbxAddress', 'The PBX address'],
  ] as const)('refuses config-breaking characters in %s and says what is allowed', (field, subject) => {
    for (const text of hostile) {
      const problem = problemFor(
        asteriskInput({ [field]: field === 'terminationDomain' ? `${text}.pstn.twilio.com` : text }),
      );
      expect(problem, text).toContain(`${field}: ${subject}`);
    }
  });

  it('refuses hostile Dialtone extension numbers and usernames', () => {
    for (const text of hostile) {
      expect(problemFor(asteriskInput({ dialtoneExtension: { number: '1001', username: text } }))).toContain(
        'dialtoneExtension.username: The Dialtone phone username',
      );
      expect(problemFor(asteriskInput({ dialtoneExtension: { number: text, username: 'dialtone' } }))).toContain(
        'dialtoneExtension.number: The Dialtone extension',
      );
    }
  });

  it('refuses a huge string with a length message rather than parsing it', () => {
    const huge = `${'a'.repeat(1_000_000)}.example.com`;
    expect(problemFor(asteriskInput({ pbxAddress: huge }))).toContain('at most 253 characters');
    expect(problemFor(asteriskInput({ terminationUsername: 'u'.repeat(33) }))).toContain('at most 32 characters');
  });

  it('refuses a domain that is not a Twilio trunk, a bad port, number or country', () => {
    expect(problemFor(asteriskInput({ terminationDomain: 'my-office.sip.twilio.com' }))).toContain('.pstn.twilio.com');
    expect(problemFor(asteriskInput({ terminationDomain: 'a.b.pstn.twilio.com' }))).toContain('terminationDomain');
    expect(problemFor(asteriskInput({ pbxSipPort: 70000 }))).toContain('pbxSipPort');
    expect(problemFor(asteriskInput({ phoneNumber: '5125550100' }))).toContain('phoneNumber');
    expect(problemFor(asteriskInput({ country: 'XX' }))).toContain('country');
    expect(problemFor(asteriskInput({ pbxAddress: '999.1.1.1' }))).toContain('pbxAddress');
  });

  it('refuses an Asterisk input without the Dialtone extension, and an extension for FreeSWITCH', () => {
    const withoutExtension: Record<string, unknown> = { ...asteriskInput() };
    delete withoutExtension.dialtoneExtension;
    expect(problemFor(withoutExtension)).toContain('dialtoneExtension');
    expect(
      problemFor({ ...freeswitchInput('freeswitch'), dialtoneExtension: asteriskInput().dialtoneExtension }),
    ).not.toBe('');
  });
});

describe('pbxPasswordSchema', () => {
  it('accepts generated-style passwords and the preview placeholder', () => {
    expect(pbxPasswordSchema.safeParse('Kq7vXz2mPw9rTb4nHs6yLc3d').success).toBe(true);
    expect(pbxPasswordSchema.safeParse(pbxPasswordPlaceholder).success).toBe(true);
  });

  it('refuses what Asterisk or FreeSWITCH would read as syntax, and says which characters are allowed', () => {
    for (const text of hostile.map((bad) => `Abcdefgh1234${bad}`)) {
      const result = pbxPasswordSchema.safeParse(text);
      expect(result.success, text).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('uses only letters, digits');
    }
    expect(pbxPasswordSchema.safeParse('x'.repeat(100_000)).error?.issues[0]?.message).toContain('at most 128');
  });
});
