import { describe, expect, it } from 'vitest';
import { sourceAddressOf, trunkInputSchema } from './trunk-input';
import { originationSipUrl } from './trunk-names';

const valid = {
  pbxAddress: '203.0.113.7',
  port: 5061,
  secure: true,
  numberSid: `PN${'0'.repeat(32)}`,
  phoneNumber: '+15125550100',
  friendlyName: 'Office PBX',
};
const problemsOf = (input: unknown) => {
  const parsed = trunkInputSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('TrunkInput', () => {
  it('takes a public IPv4 PBX, or a host name with the public address its calls come from', () => {
    const input = trunkInputSchema.parse({ ...valid, friendlyName: '  Office PBX  ' });
    expect(input.friendlyName).toBe('Office PBX');
    expect(sourceAddressOf(input)).toBe('203.0.113.7');
    expect(originationSipUrl(input)).toBe('sip:203.0.113.7:5061;transport=tls');
    const named = trunkInputSchema.parse({
      ...valid,
      pbxAddress: 'PBX.Example.COM',
      port: undefined,
      secure: false,
      sourceAddress: '198.51.100.20',
    });
    expect(named.pbxAddress).toBe('pbx.example.com');
    expect(sourceAddressOf(named)).toBe('198.51.100.20');
    expect(originationSipUrl(named)).toBe('sip:pbx.example.com');
  });

  it('refuses addresses Twilio cannot reach, and a host name without a source address', () => {
    for (const pbxAddress of [
      '10.0.0.5',
      '192.168.1.2',
      '172.20.0.1',
      '127.0.0.1',
      '100.64.0.1',
      '169.254.1.1',
      '224.0.0.1',
      '0.0.0.0',
      'localhost',
      'pbx',
      '1.2.3',
      '999.1.1.1',
    ]) {
      expect(problemsOf({ ...valid, pbxAddress, sourceAddress: '198.51.100.20' }), pbxAddress).toEqual([
        expect.stringMatching(/^pbxAddress: /),
      ]);
    }
    expect(problemsOf({ ...valid, pbxAddress: 'pbx.example.com' })).toEqual([
      expect.stringMatching(/^sourceAddress: .*public IPv4 address/),
    ]);
    expect(problemsOf({ ...valid, sourceAddress: '10.1.1.1' })).toEqual([
      expect.stringMatching(/^sourceAddress: .*private/),
    ]);
  });

  it('refuses hostile or malformed fields with a bounded effort', () => {
    const hostile = {
      pbxAddress: `${'a'.repeat(63)}.`.repeat(100_000) + 'com',
      port: 70000,
      secure: 'yes',
      numberSid: 'PN123',
      phoneNumber: '5125550100',
      friendlyName: 'Office\u0000PBX',
      extra: 'field',
    };
    const fields = problemsOf(hostile).map((problem) => problem.split(':')[0]);
    expect(new Set(fields)).toEqual(
      new Set(['', 'pbxAddress', 'port', 'secure', 'numberSid', 'phoneNumber', 'friendlyName']),
    );
    expect(problemsOf({ ...valid, friendlyName: 'x'.repeat(65) })).toEqual([
      expect.stringMatching(/^friendlyName: .*64/),
    ]);
    expect(
      problemsOf({ ...valid, pbxAddress: 'pbx.example.com;transport=udp', sourceAddress: '198.51.100.20' }),
    ).toHaveLength(1);
    expect(problemsOf({ ...valid, pbxAddress: 'user@pbx.example.com', sourceAddress: '198.51.100.20' })).toHaveLength(
      1,
    );
  });
});
