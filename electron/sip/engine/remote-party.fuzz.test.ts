import fc from 'fast-check';
import { UserAgent, type Invitation } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventChannels } from '../../../shared/contract/event-channels';
import { invokeChannels } from '../../../shared/contract/invoke-channels';
import { createMemoryLogger } from '../../logging/logger';
import { createCallService, type CallService } from '../../services/call-service';
import { createContactsWorld, draft, type ContactsWorld } from '../../services/contact-service-test-kit';
import type { LineService } from '../../services/line-service';
import { memorySipLink, type SipWire } from '../transport/memory-transport-test-kit';
import { SipMessageFramer } from '../transport/sip-message-framer';
import { callerOf } from './remote-party';
import { SipCall } from './sip-call';

/*
 * INVITEs with hostile caller headers, received as the engine receives them (bytes through the
 * framer, sip.js parsing them in a UserAgent, the phone's onInvite), then through the call service
 * and the history to what the renderer's contract accepts.
 */

/** Cuts raw bytes into messages as the phone's TCP/TLS connection does (sip-connection.ts). */
function framed(bytes: string): string[] {
  const framer = new SipMessageFramer();
  framer.push(Buffer.from(bytes, 'utf8'));
  const messages: string[] = [];
  for (let item = framer.next(); item; item = framer.next()) if (item.type === 'message') messages.push(item.message);
  return messages;
}

let world: ContactsWorld;
let calls: CallService;
let userAgent: UserAgent;
let wire: SipWire;
let invitations: Invitation[];
beforeEach(async () => {
  world = createContactsWorld();
  const logger = createMemoryLogger();
  calls = createCallService({
    line: {} as LineService,
    events: world.events,
    logger,
    startSoundTest: () => Promise.reject(new Error('not in this test')),
    history: world.history.recorder,
    contactNameFor: (call) => world.history.contactFor(call)?.name ?? null,
  });
  invitations = [];
  const link = memorySipLink();
  wire = link.wire;
  userAgent = new UserAgent({
    uri: UserAgent.makeURI('sip:alice@dialtone.example'),
    transportConstructor: link.transportConstructor,
    logBuiltinEnabled: false,
    // As sip-phone.ts does it.
    delegate: {
      onInvite: (invitation) => {
        invitations.push(invitation);
        calls.incoming(new SipCall(invitation, callerOf(invitation.request), logger));
      },
    },
  });
  await userAgent.start();
});
afterEach(async () => {
  await userAgent.stop();
  world.close();
});

let sequence = 0;
/** Delivers an INVITE and lets sip.js hand it to onInvite (after its automatic 180). */
async function receiveInvite(headers: { from: string; to?: string; contact?: string; asserted?: string }) {
  const id = `fuzz-${++sequence}`;
  const lines = [
    'INVITE sip:alice@dialtone.example SIP/2.0',
    `Via: SIP/2.0/TCP 192.0.2.1:5060;branch=z9hG4bK${id}`,
    'Max-Forwards: 70',
    `From: ${headers.from}`,
    `To: ${headers.to ?? '<sip:alice@dialtone.example>'}`,
    `Call-ID: ${id}`,
    'CSeq: 1 INVITE',
    `Contact: ${headers.contact ?? '<sip:caller@192.0.2.1:5060;transport=tcp>'}`,
    ...(headers.asserted === undefined ? [] : [`P-Asserted-Identity: ${headers.asserted}`]),
    'Content-Length: 0',
  ];
  for (const message of framed(`${lines.join('\r\n')}\r\n\r\n`)) wire.send(message);
  await new Promise((resolve) => setImmediate(resolve));
}

/** Everything the renderer can learn of the calls, checked against the contract as the adapters check it. */
function expectWithinContract(): void {
  for (const { event, payload } of world.emitted) {
    if (event === 'calls:state-changed') expect(eventChannels[event].safeParse(payload).error).toBeUndefined();
  }
  expect(invokeChannels['calls:list'].output.safeParse(calls.list()).error).toBeUndefined();
  const history = world.history.list('all', 0, 500);
  expect(invokeChannels['history:list'].output.safeParse(history).error).toBeUndefined();
}

async function declineAll(): Promise<void> {
  for (const call of calls.list()) await calls.decline(call.id);
  world.emitted.length = 0;
}

describe('an incoming call with hostile caller headers', () => {
  it('rings with a name and a number cut to the contract, without control characters', async () => {
    const user = `+1${'5'.repeat(300)}`;
    await receiveInvite({
      from: `"${'Ada Lovelace '.repeat(30)}" <sip:${user}@${'a'.repeat(250)}.example>;tag=1`,
      asserted: `"Ada\\\u0007 \\"the\\" Countess" <sip:%0D%0A${'9'.repeat(600)}@carrier.example>`,
    });
    const [call] = calls.list();
    expect(call).toBeDefined();
    expect(call!.remoteName).toBe('Ada "the" Countess');
    expect(call!.remoteNumber).toHaveLength(128);
    expect(call!.remoteNumber).toMatch(/^9+…$/);
    expect(call!.remoteUri.length).toBeLessThanOrEqual(512);
    expectWithinContract();
  });

  it('rings for a caller whose user part holds a percent sign (which sip.js cannot print)', async () => {
    await receiveInvite({ from: '"Percent" <sip:100%25@pstn.example>;tag=1' });
    expect(calls.list()).toMatchObject([{ remoteNumber: '100%', remoteUri: 'sip:100%@pstn.example' }]);
    expectWithinContract();
  });

  it('rings under a contact name as long as contacts allow', async () => {
    world.contacts.save(undefined, draft('N'.repeat(200), ['+15125550123']));
    await receiveInvite({ from: '"x" <sip:+15125550123@pstn.example>;tag=1' });
    expect(calls.list()[0]?.remoteName).toBe('N'.repeat(200));
    expectWithinContract();
  });
});

const escapes = ['%0D%0A', '%00', '%07', '%E2%80%AE', '%25'];
const userPart = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9+\-_.!~*'()&=$,;?/]{0,40}$/),
  fc
    .array(fc.oneof(fc.constantFrom(...escapes), fc.stringMatching(/^[0-9a-z]{1,20}$/)), { maxLength: 60 })
    .map((parts) => parts.join('')),
  fc.integer({ min: 100, max: 3000 }).map((length) => '7'.repeat(length)),
);
const hostPart = fc.oneof(
  fc.constantFrom('pstn.example', '192.0.2.7', '[2001:db8::1]'),
  fc.integer({ min: 1, max: 40 }).map((labels) => Array.from({ length: labels }, () => 'a'.repeat(60)).join('.')),
);
/** What a quoted-string must write as a quoted-pair (RFC 3261 25.1): quotes, backslashes, controls but CR and LF. */
const needsQuotedPair = (c: string) =>
  c === '"' || c === '\\' || c === '\u007f' || (c < ' ' && c !== '\r' && c !== '\n');
/** Any text as a quoted-string, CR and LF left raw (they end the header: sip.js must cope). */
const quoted = fc
  .string({ unit: 'binary', maxLength: 3000 })
  .map((text) => `"${[...text].map((c) => (needsQuotedPair(c) ? `\\${c}` : c)).join('')}" `);
const displayName = fc.oneof(
  fc.constant(''),
  quoted,
  fc.stringMatching(/^[A-Za-z0-9.!%*_+`'~-]{1,30}( [A-Za-z0-9]{1,30}){0,3} $/),
);
const nameAddr = fc
  .tuple(displayName, fc.constantFrom('sip', 'sip', 'sip', 'sips', 'tel'), userPart, hostPart)
  .map(([name, scheme, user, host]) => `${name}<${scheme}:${user === '' ? '' : `${user}@`}${host}>`);
const headerJunk = fc.string({ unit: 'binary', maxLength: 200 });
/** Mostly good SIP, so that most INVITEs ring; sometimes junk, which sip.js must drop without harm. */
const header = fc.oneof({ arbitrary: nameAddr, weight: 5 }, { arbitrary: headerJunk, weight: 1 });

it('keeps every call and the history within the contract, whatever the caller headers say', async () => {
  let rang = 0;
  await fc.assert(
    fc.asyncProperty(
      nameAddr,
      header,
      header,
      fc.option(header, { nil: undefined }),
      fc.nat(),
      async (from, to, contact, asserted, tag) => {
        const before = invitations.length;
        try {
          await receiveInvite({ from: `${from};tag=${tag}`, to, contact, asserted });
          const arrived = invitations.length - before;
          rang += arrived;
          // Every INVITE sip.js accepts rings.
          expect(calls.list()).toHaveLength(arrived);
          expectWithinContract();
        } finally {
          await declineAll();
        }
      },
    ),
    { numRuns: 300 },
  );
  // About a third of the INVITEs ring (sip.js drops the rest): the property is about calls that ring.
  expect(rang).toBeGreaterThan(60);
}, 120_000);
