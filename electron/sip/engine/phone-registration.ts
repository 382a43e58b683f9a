import { NameAddrHeader, RegistererState, equivalentURI, type Core, type Registerer, type URI } from 'sip.js';
import { observeRegisterAnswers } from './core-extensions';
import { deltaSeconds } from './delta-seconds';
import { words } from '../../../shared/text/words';
import {
  registrationFailed,
  registrationRefused,
  registrationUnreachable,
  type PhoneRegistration,
} from './registration-outcome';

/**
 * What Dialtone asks the registrar for. Twilio documents that a SIP endpoint may refresh its
 * registration at most every 600 seconds; other registrars grant what they allow, or answer 423
 * with their minimum, which sip.js then asks for.
 */
export const registerExpiresSeconds = 600;

/**
 * Registers one phone through sip.js's Registerer and reports every outcome. sip.js asks again on
 * its own after a 423 Interval Too Brief and refreshes on its own, without telling the delegate of
 * the register() call that started it; so the answers are watched at the core, and register()
 * settles on the first one sip.js does not follow with another REGISTER.
 */
export function phoneRegistration(options: {
  core: Core.UserAgentCore;
  registerer: Registerer;
  /** Our Contact URI as the REGISTER carries it (read at each answer: the port changes on reconnect). */
  contact(): URI;
  report(outcome: PhoneRegistration): void;
}) {
  const { registerer } = options;
  const waiting: ((outcome: PhoneRegistration) => void)[] = [];
  let stopped = false;

  function finish(outcome: PhoneRegistration): void {
    if (stopped) return;
    options.report(outcome);
    for (const settle of waiting.splice(0)) settle(outcome);
  }

  observeRegisterAnswers(options.core, ({ message }) => {
    const status = message.statusCode ?? 500;
    if (status >= 200 && status < 300) {
      // sip.js stays unregistered when the answer lists no binding of ours.
      if (registerer.state !== RegistererState.Registered) return finish(notListed);
      const expires = grantedExpires(message, options.contact()) ?? registerExpiresSeconds;
      return finish({ status: 'registered', expiresInSeconds: expires });
    }
    // sip.js sends the REGISTER again with the Min-Expires of a 423 that has one (RFC 3261 10.2.8).
    if (status === 423 && message.hasHeader('min-expires')) return;
    finish(registrationRefused(status, message.reasonPhrase ?? ''));
  });

  return {
    /** Sends a REGISTER; resolves with its final outcome, after any retry sip.js makes. */
    register(): Promise<PhoneRegistration> {
      options.report({ status: 'registering' });
      return new Promise((resolve) => {
        waiting.push(resolve);
        registerer.register().catch((error: unknown) => finish(registrationUnreachable(error)));
      });
    },
    /** From now on (un-REGISTER, stop) nothing is reported. */
    stop(): void {
      stopped = true;
    },
  };
}

const notListed = registrationFailed('server-error', words('calls.registrationNotListed'));

/**
 * The expiry the registrar granted to our own binding: its Contact's expires parameter, else the
 * Expires header. Other devices registered on the same user are told apart by the whole Contact
 * URI, compared as RFC 3261 section 19.1.4 says (section 10.2.4), not by a port they may share.
 */
export function grantedExpires(response: Core.IncomingResponseMessage, ourContact: URI): number | undefined {
  const count = response.getHeaders('contact').length;
  for (let index = 0; index < count; index++) {
    const contact: unknown = response.parseHeader('contact', index);
    if (!(contact instanceof NameAddrHeader) || !equivalentURI(contact.uri, ourContact)) continue;
    const expires = deltaSeconds(contact.getParam('expires') ?? undefined);
    if (expires !== undefined) return expires;
  }
  return deltaSeconds(response.getHeader('expires'));
}
