import { Grammar } from 'sip.js';
import { afterEach, describe, expect, it } from 'vitest';
import { isRequest } from './far-end-test-kit';
import { startMemoryPhone, type MemoryPhone } from './memory-phone-test-kit';
import { escapeQuotedString, unescapeQuotedString } from './quoted-string';

describe('quoted strings', () => {
  it('escape and unescape quotes and backslashes, and nothing else', () => {
    expect(escapeQuotedString('Ann "the boss" O\\Neil')).toBe('Ann \\"the boss\\" O\\\\Neil');
    expect(unescapeQuotedString(escapeQuotedString('Ann "the boss" O\\Neil'))).toBe('Ann "the boss" O\\Neil');
    expect(escapeQuotedString('Zoë Ödön')).toBe('Zoë Ödön');
  });
});

describe('a display name with quotes and backslashes', () => {
  let lab: MemoryPhone | undefined;
  afterEach(() => lab?.stop());

  it('reaches the far end whole, in a From header that parses', async () => {
    lab = await startMemoryPhone({ account: { displayName: 'Ann "the boss" O\\Neil' } });
    await lab.phone.dial('sip:bob@127.0.0.1').dial();
    const invite = await lab.far.next(isRequest('INVITE'), 'the INVITE');
    const from = Grammar.nameAddrHeaderParse(invite.header('from') ?? '');
    expect(from?.uri.user).toBe('alice');
    expect(unescapeQuotedString(from?.displayName ?? '')).toBe('Ann "the boss" O\\Neil');
    lab.far.reply(invite, 486, 'Busy Here');
  });
});
