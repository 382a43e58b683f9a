import { describe, expect, it } from 'vitest';
import { blockedCallersLimit } from '../../../shared/models/call-handling-names';
import { blockDialogText } from './block-dialog-text';
import { intlFor } from '../../i18n/active-intl';
import { translatorFor } from '../../i18n/translate-test-kit';
import { allNumbersChange, applyBlockChange, blockEntryOf, callerBlockOf } from './caller-block';

const t = translatorFor('en');
const en = intlFor('en');

const full = Array.from({ length: blockedCallersLimit }, (_, n) => `+4477009${String(n).padStart(5, '0')}`);

describe('blockEntryOf', () => {
  it.each([
    ['+15125550100', 'US', '+15125550100'],
    ['(512) 555-0100', 'US', '+15125550100'],
    ['07700 900123', 'GB', '+447700900123'],
    ['sip:+15125550177@dialtone.sip.twilio.com;transport=tls', 'US', '+15125550177'],
    ['Anonymous', 'US', 'withheld'],
    ['sip:anonymous@anonymous.invalid', 'US', 'withheld'],
    ['  ', 'US', 'withheld'],
    ['+266696687', 'US', 'withheld'],
  ])('%j read in %s blocks as %s', (caller, country, entry) => {
    expect(blockEntryOf(caller, country, t)).toEqual({ ok: true, entry });
  });

  it.each([
    ['alice@example.com', /alice@example.com is a SIP address.*only phone numbers can be blocked/],
    ['sip:alice@example.com', /^alice@example.com is a SIP address/],
    ['AMAZON', /“AMAZON” is not a full phone number, so it cannot be blocked/],
    ['12345', /“12345” is not a full phone number/],
    ['+44*', /“\+44\*” is not a full phone number/],
    [`+1${'5'.repeat(5000)}`, /^“\+15{38}…” is not a full phone number/],
  ])('%.40s cannot be blocked, and says why', (caller, reason) => {
    const result = blockEntryOf(caller, 'US', t);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});

describe('callerBlockOf', () => {
  it('offers Block for a number not blocked, and Unblock for its own entry', () => {
    expect(callerBlockOf('(512) 555-0100', 'US', ['+1900*'])).toEqual({
      kind: 'blockable',
      entry: '+15125550100',
      label: '(512) 555-0100',
    });
    expect(callerBlockOf('+15125550100', 'US', ['+15125550100'])).toMatchObject({
      kind: 'blocked',
      entry: '+15125550100',
    });
  });

  it('says a number under a blocked prefix is blocked by it, and offers no Unblock that would unblock others', () => {
    const block = callerBlockOf('+19005550123', 'US', ['+1900*']);
    expect(block).toMatchObject({ kind: 'blocked-by-prefix', entry: '+19005550123' });
    expect(block.kind === 'blocked-by-prefix' && block.reason).toBe(
      '(900) 555-0123 is blocked as one of the numbers starting +1900. To let it through, unblock those in Settings, Call handling.',
    );
  });

  it('counts withheld callers as blocked when withheld numbers are, and unblocks them as such', () => {
    expect(callerBlockOf('Anonymous', 'US', ['withheld'])).toEqual({
      kind: 'blocked',
      entry: 'withheld',
      label: 'Withheld numbers',
    });
    expect(callerBlockOf('Anonymous', 'US', ['+1*'])).toMatchObject({ kind: 'blockable', entry: 'withheld' });
    // A caller with a real number is not a withheld one.
    expect(callerBlockOf('+15125550100', 'US', ['withheld'])).toMatchObject({ kind: 'blockable' });
  });

  it('says plainly when the list of 100 is full, and still offers Unblock then', () => {
    const block = callerBlockOf('+15125550100', 'US', full);
    expect(block).toMatchObject({ kind: 'list-full', entry: '+15125550100' });
    expect(block.kind === 'list-full' && block.reason).toBe(
      'At most 100 numbers and prefixes can be blocked, and the list is full. Unblock one in Settings, Call handling first.',
    );
    expect(callerBlockOf(full[0]!, 'US', full)).toMatchObject({ kind: 'blocked' });
  });

  it('passes on why a caller cannot be blocked', () => {
    expect(callerBlockOf('AMAZON', 'US', [])).toMatchObject({
      kind: 'not-blockable',
      reason: /not a full phone number/,
    });
  });
});

describe('applyBlockChange', () => {
  it('adds what is not blocked yet, once, and keeps the rest of the list in its order', () => {
    expect(
      applyBlockChange(
        ['+1900*', '+15125550100'],
        {
          action: 'block',
          entries: ['+15125550100', '+447700900123', '+447700900123'],
        },
        t,
      ),
    ).toEqual({ ok: true, blocked: ['+1900*', '+15125550100', '+447700900123'] });
  });

  it('removes only the exact entries', () => {
    expect(applyBlockChange(['+1900*', '+19005550123'], { action: 'unblock', entries: ['+19005550123'] }, t)).toEqual({
      ok: true,
      blocked: ['+1900*'],
    });
  });

  it('refuses to go past 100, saying how much room is left', () => {
    const change = { action: 'block' as const, entries: ['+15125550100', '+15125550101'] };
    expect(applyBlockChange(full.slice(1), change, t)).toEqual({
      ok: false,
      message:
        'At most 100 numbers and prefixes can be blocked: there is room for 1 more. Unblock some in Settings, Call handling first.',
    });
    expect(applyBlockChange(full.slice(2), change, t).ok).toBe(true);
  });
});

describe('allNumbersChange', () => {
  const numbers = ['(512) 555-0100', '+44 20 7946 0958', '512 555 0100', 'office'];

  it('blocks the numbers not blocked yet, each once, when there are several', () => {
    expect(allNumbersChange(numbers, 'US', [])).toEqual({
      action: 'block',
      entries: ['+15125550100', '+442079460958'],
    });
    expect(allNumbersChange(numbers, 'US', ['+15125550100'])).toEqual({
      action: 'block',
      entries: ['+442079460958'],
    });
  });

  it('unblocks them all once each is blocked by its own entry, and offers nothing for a single number', () => {
    expect(allNumbersChange(numbers, 'US', ['+442079460958', '+15125550100'])).toEqual({
      action: 'unblock',
      entries: ['+15125550100', '+442079460958'],
    });
    expect(allNumbersChange(['+15125550100', '+442079460958'], 'US', ['+44*', '+15125550100'])).toBeNull();
    expect(allNumbersChange(['+15125550100', 'office'], 'US', [])).toBeNull();
  });
});

describe('blockDialogText', () => {
  it('says what blocking a number does', () => {
    expect(blockDialogText({ action: 'block', entries: ['+15125550100'] }, 'US', null, en)).toEqual({
      title: 'Block (512) 555-0100?',
      message:
        'Calls from (512) 555-0100 will be rejected at Twilio and never reach voicemail; their messages are hidden in Messages. You can unblock it later, here or in Settings, Call handling.',
      confirm: 'Block',
      busy: 'Blocking…',
    });
  });

  it('names every number of a contact, and withheld callers in words', () => {
    const several = blockDialogText({ action: 'block', entries: ['+15125550100', '+442079460958'] }, 'US', 'Ada', en);
    expect(several.title).toBe('Block all 2 numbers of Ada?');
    expect(several.message).toMatch(/^Calls from \(512\) 555-0100 and \+44 20 7946 0958 will be rejected/);
    expect(blockDialogText({ action: 'block', entries: ['withheld'] }, 'US', null, en).title).toBe(
      'Block callers who withhold their number?',
    );
    expect(blockDialogText({ action: 'unblock', entries: ['+15125550100'] }, 'US', null, en)).toMatchObject({
      title: 'Unblock (512) 555-0100?',
      message:
        'Calls from (512) 555-0100 will ring again and can leave voicemail; their messages show in Messages again.',
    });
  });

  it('speaks the app’s language, with its own list words and plurals', () => {
    const de = blockDialogText(
      { action: 'block', entries: ['+15125550100', '+442079460958'] },
      'US',
      'Ada',
      intlFor('de'),
    );
    expect(de.title).toBe('Alle 2 Nummern von Ada blockieren?');
    expect(de.message).toMatch(/^Anrufe von \(512\) 555-0100 und \+44 20 7946 0958 werden /);
    expect(blockDialogText({ action: 'unblock', entries: ['withheld'] }, 'US', null, intlFor('fr')).confirm).toBe(
      'Débloquer',
    );
    const es = translatorFor('es');
    expect(callerBlockOf('+19005550123', 'US', ['+1900*'], es)).toMatchObject({
      reason: expect.stringMatching(/^\(900\) 555-0123 está bloqueado/),
    });
    expect(
      applyBlockChange(full.slice(1), { action: 'block', entries: ['+15125550100', '+15125550101'] }, es),
    ).toMatchObject({
      message: expect.stringContaining('1 más'),
    });
  });
});
