import { describe, expect, it } from 'vitest';
import { accountFieldsSchema } from '../../../shared/models/account';
import type { OfficeTrunkInput } from '../../../shared/models/office-trunk';
import { pbxConfigInputSchema } from '../../pbx/pbx-config-input';
import { AppFailure } from '../app-failure';
import {
  dialtonePhoneFields,
  pbxConfigInputOf,
  pbxSipPortOf,
  requireExtensionWhereNeeded,
  trunkInputOf,
} from './office-trunk-config';

const numberSid = `PN${'a'.repeat(32)}`;
const asterisk: OfficeTrunkInput = {
  pbx: 'asterisk',
  pbxAddress: 'pbx.example.com',
  secure: true,
  sourceAddress: '198.51.100.4',
  phoneNumber: '+15125550100',
  friendlyName: 'Office PBX',
  country: 'US',
  dialtoneExtension: '1001',
  addDialtonePhone: true,
};
const made = {
  terminationDomain: 'dialtone-15125550100-k3x9.pstn.twilio.com',
  username: 'pbx15125550100',
  edge: 'dublin',
} as const;

const failureOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error;
  }
  return null;
};

describe('office trunk config', () => {
  it('makes the trunk input from the form and the number found on the account', () => {
    expect(trunkInputOf(asterisk, numberSid)).toMatchObject({
      pbxAddress: 'pbx.example.com',
      sourceAddress: '198.51.100.4',
      numberSid,
    });
  });

  it('refuses what Twilio cannot reach with a message that says what to do', () => {
    const failure = failureOf(() =>
      trunkInputOf({ ...asterisk, pbxAddress: '10.0.0.5', sourceAddress: undefined }, numberSid),
    );
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure).toMatchObject({
      code: 'invalid-request',
      message: /public IPv4 address/,
      words: { id: 'office.pbxAddressExpected' },
    });
    const noSource = failureOf(() => trunkInputOf({ ...asterisk, sourceAddress: '' }, numberSid));
    expect(noSource).toMatchObject({
      message: /give the public IPv4 address its calls come from/,
      words: { id: 'office.sourceAddressNeeded' },
    });
    const privateSource = failureOf(() => trunkInputOf({ ...asterisk, sourceAddress: '192.168.1.4' }, numberSid));
    expect(privateSource).toMatchObject({ words: { id: 'office.privateAddress' } });
    const longName = failureOf(() => trunkInputOf({ ...asterisk, friendlyName: 'x'.repeat(65) }, numberSid));
    expect(longName).toMatchObject({ message: 'Use at most 64 characters', words: { id: 'office.trunkNameTooLong' } });
  });

  it('passes on a refusal that is not one of its own sentences as it is', () => {
    const failure = failureOf(() => trunkInputOf(asterisk, 'not-a-sid'));
    expect(failure).toMatchObject({ code: 'invalid-request', words: undefined });
    expect((failure as AppFailure).message).toMatch(/phone number SID/);
  });

  it('asks for Dialtone’s extension on Asterisk only, in words', () => {
    const failure = failureOf(() => requireExtensionWhereNeeded({ ...asterisk, dialtoneExtension: null }));
    expect(failure).toMatchObject({ code: 'invalid-request', words: { id: 'office.extensionNeeded' } });
    expect(
      failureOf(() => requireExtensionWhereNeeded({ ...asterisk, pbx: 'freeswitch', dialtoneExtension: null })),
    ).toBeNull();
  });

  it('gives the generators an input they accept: the usual port, Dialtone’s extension on Asterisk only', () => {
    const forAsterisk = pbxConfigInputOf(asterisk, made);
    expect(pbxConfigInputSchema.parse(forAsterisk)).toMatchObject({
      pbxSipPort: 5061,
      dialtoneExtension: { number: '1001', username: 'dialtone-1001' },
    });
    const forBbb = pbxConfigInputOf(
      { ...asterisk, pbx: 'bigbluebutton', secure: false, dialtoneExtension: null },
      made,
    );
    expect(pbxConfigInputSchema.parse(forBbb)).toMatchObject({ pbx: 'bigbluebutton', pbxSipPort: 5060 });
    expect(forBbb).not.toHaveProperty('dialtoneExtension');
    expect(pbxSipPortOf({ port: 5080, secure: true })).toBe(5080);
    expect(failureOf(() => pbxConfigInputOf({ ...asterisk, dialtoneExtension: null }, made))).toMatchObject({
      message: /extension number/,
    });
  });

  it('makes an account the accounts form would accept, on TLS with SRTP when secure', () => {
    expect(accountFieldsSchema.parse(dialtonePhoneFields(asterisk, 'dialtone-1001'))).toMatchObject({
      sipAddress: 'dialtone-1001@pbx.example.com',
      registrar: 'pbx.example.com:5061',
      transport: 'tls',
      srtp: 'mandatory',
    });
    expect(dialtonePhoneFields({ ...asterisk, secure: false, port: 5070 }, 'dialtone-1001')).toMatchObject({
      registrar: 'pbx.example.com:5070',
      transport: 'tcp',
      srtp: 'off',
    });
  });
});
