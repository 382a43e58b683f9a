import { element, xmlComment, type XmlElement } from './xml-element-writer';
import type { PbxConfigInput } from './pbx-config-input';
import { twilioSrtpSuites } from './twilio-sip-addresses';

/*
 * A dialplan for FreeSWITCH's public context on a BigBlueButton server (dialplan/public/): calls to the trunk's
 * number are asked for the meeting's 5-digit voice bridge PIN and sent to that conference. The hand-over
 * follows BigBlueButton's own "Add a phone number to the conference bridge" recipe: check that the
 * conference runs, set bbb_authorized=true, transfer to the PIN in the default context.
 */

/** Our own hand-over name, so a recipe already installed on the server is not shadowed. */
export const bigBlueButtonHandOver = 'DIALTONE_BBB_CONFERENCE';

const action = (application: string, data?: string) =>
  element('action', data === undefined ? { application } : { application, data });
const condition = (field: string, expression: string, actions: XmlElement[] = []) =>
  element('condition', { field, expression }, actions);

/**
 * +15125550100, 0015125550100 or 15125550100. Only anchors, literal digits and an optional non-capturing group:
 * PCRE (FreeSWITCH) and JavaScript (the tests) read that alike.
 */
export function dialInNumberExpression(phoneNumber: string): string {
  return `^(?:\\+|00)?${phoneNumber.slice(1)}$`;
}

export function bigBlueButtonDialplanConfig(input: PbxConfigInput): XmlElement {
  const pinPrompt = ['5 5 3 7000 #', 'conference/conf-pin.wav', 'ivr/ivr-that_was_an_invalid_entry.wav', 'pin \\d{5}'];
  const secureMedia = input.secure
    ? [action('set', `rtp_secure_media_inbound=mandatory:${twilioSrtpSuites.join(',')}`)]
    : [];
  return element('include', {}, [
    xmlComment(`Dialtone: callers to ${input.phoneNumber} join a BigBlueButton meeting with its 5-digit PIN.`),
    element('extension', { name: 'dialtone-bbb-dial-in' }, [
      condition('destination_number', dialInNumberExpression(input.phoneNumber), [
        ...secureMedia,
        action('answer'),
        action('sleep', '500'),
        action('play_and_get_digits', pinPrompt.join(' ')),
        action('transfer', `${bigBlueButtonHandOver} XML public`),
      ]),
    ]),
    element('extension', { name: 'dialtone-bbb-join' }, [
      // Lists members (sofia/… channels) only while the meeting's conference runs.
      condition('${conference ${pin} list}', '/sofia/g'),
      condition('destination_number', `^${bigBlueButtonHandOver}$`, [
        action('set', 'bbb_authorized=true'),
        action('transfer', '${pin} XML default'),
      ]),
    ]),
    element('extension', { name: 'dialtone-bbb-no-meeting' }, [
      condition('destination_number', `^${bigBlueButtonHandOver}$`, [
        action('playback', 'conference/conf-bad-pin.wav'),
        action('hangup'),
      ]),
    ]),
  ]);
}
