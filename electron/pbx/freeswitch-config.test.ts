import { describe, expect, it } from 'vitest';
import { bigBlueButtonDialplanConfig } from './bigbluebutton-dialplan-config';
import { freeswitchGatewayConfig } from './freeswitch-gateway-config';
import { childrenOf, freeswitchInput, gatewayParams, parseFreeswitchXml, type XmlTree } from './pbx-config-test-kit';
import { printXml } from './xml-element-writer';

const password = 'Trunk-Secret-2026';

function gateway(secure: boolean) {
  const tree = parseFreeswitchXml(
    printXml(freeswitchGatewayConfig(freeswitchInput('freeswitch', { secure }), password)),
  );
  return { tree, params: gatewayParams(tree) };
}

function dialplan(secure = false) {
  const tree = parseFreeswitchXml(printXml(bigBlueButtonDialplanConfig(freeswitchInput('bigbluebutton', { secure }))));
  return childrenOf(childrenOf(tree, 'include')[0], 'extension');
}

const actionsOf = (extension: XmlTree | undefined) =>
  childrenOf(extension, 'condition').flatMap((condition) =>
    childrenOf(condition, 'action').map((action) =>
      `${String(action.application)} ${String(action.data ?? '')}`.trim(),
    ),
  );

describe('freeswitchGatewayConfig', () => {
  it('is a non-registering gateway that authenticates to the termination host', () => {
    const { params } = gateway(false);
    expect(Object.fromEntries(params)).toEqual({
      realm: 'my-office.pstn.ashburn.twilio.com',
      proxy: 'my-office.pstn.ashburn.twilio.com',
      username: 'office-pbx',
      password,
      register: 'false',
      'caller-id-in-from': 'true',
    });
  });

  it('sends calls over TLS to port 5061 and insists on SRTP when the trunk is secure', () => {
    const { tree, params } = gateway(true);
    expect(params.get('proxy')).toBe('my-office.pstn.ashburn.twilio.com:5061;transport=tls');
    expect(params.get('register-transport')).toBe('tls');
    const gatewayNode = childrenOf(childrenOf(tree, 'include')[0], 'gateway')[0];
    const variables = childrenOf(childrenOf(gatewayNode, 'variables')[0], 'variable');
    expect(variables).toEqual([
      {
        name: 'rtp_secure_media_outbound',
        value: 'mandatory:AES_CM_128_HMAC_SHA1_80,AES_CM_128_HMAC_SHA1_32',
        direction: 'outbound',
      },
    ]);
  });
});

describe('bigBlueButtonDialplanConfig', () => {
  it('accepts the trunk’s number as +E.164, 00-prefixed or bare digits, and no other number', () => {
    const condition = childrenOf(dialplan()[0], 'condition')[0];
    expect(condition?.field).toBe('destination_number');
    const expression = new RegExp(String(condition?.expression));
    for (const form of ['+15125550100', '0015125550100', '15125550100']) expect(expression.test(form), form).toBe(true);
    for (const other of [
      '+15125550101',
      '+115125550100',
      '5125550100',
      '015125550100',
      '+15125550100 ',
      'x15125550100',
    ]) {
      expect(expression.test(other), other).toBe(false);
    }
  });

  it('answers, asks for a 5-digit PIN and hands over to its own join step', () => {
    expect(actionsOf(dialplan()[0])).toEqual([
      'answer',
      'sleep 500',
      'play_and_get_digits 5 5 3 7000 # conference/conf-pin.wav ivr/ivr-that_was_an_invalid_entry.wav pin \\d{5}',
      'transfer DIALTONE_BBB_CONFERENCE XML public',
    ]);
  });

  it('joins a running conference the way BigBlueButton expects, and turns away a PIN with no meeting', () => {
    const [, join, noMeeting] = dialplan();
    const joinConditions = childrenOf(join, 'condition');
    expect(joinConditions.map((c) => [c.field, c.expression])).toEqual([
      ['${conference ${pin} list}', '/sofia/g'],
      ['destination_number', '^DIALTONE_BBB_CONFERENCE$'],
    ]);
    expect(actionsOf(join)).toEqual(['set bbb_authorized=true', 'transfer ${pin} XML default']);
    expect(childrenOf(noMeeting, 'condition')[0]?.expression).toBe('^DIALTONE_BBB_CONFERENCE$');
    expect(actionsOf(noMeeting)).toEqual(['playback conference/conf-bad-pin.wav', 'hangup']);
  });

  it('requires SRTP from Twilio before answering when the trunk is secure', () => {
    expect(actionsOf(dialplan(true)[0]).slice(0, 2)).toEqual([
      'set rtp_secure_media_inbound=mandatory:AES_CM_128_HMAC_SHA1_80,AES_CM_128_HMAC_SHA1_32',
      'answer',
    ]);
    expect(actionsOf(dialplan(false)[0]).join('\n')).not.toContain('rtp_secure_media');
  });
});
