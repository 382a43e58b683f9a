import { Grammar, type Core } from 'sip.js';
import { describe, expect, it } from 'vitest';
import { endReasonForStatus } from './end-reason';
import { callerOf } from './remote-party';

function request(from: string, asserted?: string): Core.IncomingRequestMessage {
  return {
    from: Grammar.nameAddrHeaderParse(from),
    getHeader: (name: string) => (name === 'P-Asserted-Identity' ? asserted : undefined),
  } as unknown as Core.IncomingRequestMessage;
}

describe('the caller of an incoming call', () => {
  it('comes from P-Asserted-Identity when the network vouches for it', () => {
    expect(
      callerOf(
        request('"Anonymous" <sip:anonymous@anonymous.invalid>', '"Ada Lovelace" <sip:+441632960123@carrier.example>'),
      ),
    ).toEqual({
      uri: 'sip:+441632960123@carrier.example',
      number: '+441632960123',
      name: 'Ada Lovelace',
    });
  });

  it('falls back to From, and to no name when there is none', () => {
    expect(callerOf(request('<sip:+15125550123@pstn.example>;tag=1'))).toEqual({
      uri: 'sip:+15125550123@pstn.example',
      number: '+15125550123',
      name: null,
    });
  });

  it('ignores a P-Asserted-Identity that does not parse', () => {
    expect(callerOf(request('"Bob" <sip:bob@example.com>', 'garbage <<<')).name).toBe('Bob');
  });

  it('reads a quoted name as written, without escapes or control characters', () => {
    expect(callerOf(request('"Ada \\"AL\\" \\\\ L\\\u0007ovelace\u00e9" <sip:%0D%0Aada@example.com>;tag=1'))).toEqual({
      uri: 'sip:%0D%0Aada@example.com',
      number: 'ada',
      name: 'Ada "AL" \\ L ovelaceé',
    });
  });

  it('cuts a name, a number and an address longer than the contract allows', () => {
    const caller = callerOf(request(`"${'N'.repeat(500)}" <sip:${'1'.repeat(500)}@${'h'.repeat(600)}.example>`));
    expect(caller.name).toBe(`${'N'.repeat(199)}…`);
    expect(caller.number).toBe(`${'1'.repeat(127)}…`);
    expect(caller.uri).toHaveLength(512);
  });
});

describe('end reasons', () => {
  it.each([
    [486, 'busy'],
    [600, 'busy'],
    [603, 'declined'],
    [404, 'not-found'],
    [484, 'not-found'],
    [408, 'no-answer'],
    [480, 'unavailable'],
    [503, 'unavailable'],
    [487, 'cancelled'],
    [488, 'rejected-media'],
    [403, 'failed'],
  ] as const)('%i means %s', (status, reason) => {
    expect(endReasonForStatus(status)).toBe(reason);
  });
});
