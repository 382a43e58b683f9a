import { describe, expect, it } from 'vitest';
import { defaultVoicemailGreeting, twilioVariableByteLimit, voicemailGreetingSchema } from './twilio-setup';

const problem = (text: string) => voicemailGreetingSchema.safeParse(text).error?.issues[0]?.message ?? null;

describe('voicemailGreetingSchema', () => {
  it('takes plain words, trimmed, on several lines too', () => {
    expect(voicemailGreetingSchema.parse(`  ${defaultVoicemailGreeting}\n`)).toBe(defaultVoicemailGreeting);
    expect(voicemailGreetingSchema.parse('Hi, this is Sam.\nLeave a message & I’ll call back.')).toBe(
      'Hi, this is Sam.\nLeave a message & I’ll call back.',
    );
  });

  it('says what to do with an empty greeting', () => {
    expect(problem(' \n ')).toBe('Write what callers hear before the beep');
  });

  it('counts bytes as Twilio does: 450 letters fit, 113 emoji do not', () => {
    expect(problem('a'.repeat(twilioVariableByteLimit))).toBeNull();
    expect(problem('a'.repeat(twilioVariableByteLimit + 1))).toMatch(/^Shorten the greeting/);
    expect(problem('📞'.repeat(112))).toBeNull();
    expect(problem('📞'.repeat(113))).toMatch(/^Shorten the greeting/);
  });

  it('refuses markup and control characters', () => {
    for (const text of ['<Play>x</Play>', 'bell\u0007', 'nul\u0000', 'csi\u009b']) {
      expect(problem(text)).toBe('Use plain words: no control characters or angle brackets');
    }
  });
});
