import { Inviter, Registerer, RegistererState, UserAgent, type Core, type LogLevel, type Transport } from 'sip.js';
import type { Logger } from '../../logging/logger';
import type { MediaSession, MediaSessionOptions } from '../../media/media-session-types';
import { NodeTransport, type NodeTransportOptions } from '../transport/node-transport';
import { extendUserAgentCore, type DialogRequestRouter } from './core-extensions';
import { localAddressToward } from './local-address';
import { MediaDescriptionHandler } from './media-description-handler';
import { phoneRegistration, registerExpiresSeconds } from './phone-registration';
import { registrationUnreachable, type PhoneRegistration } from './registration-outcome';
import { escapeQuotedString } from './quoted-string';
import { calleeOf, callerOf } from './remote-party';
import { answerSessionTimer, initialSessionTimerHeaders } from './session-timer';
import { twilioCallFactsOf } from './twilio-call-headers';
import { accountUser, parseHostPort, signallingServer, targetUri, type SipAccount } from './sip-account';
import { SipCall, type SipCallOptions } from './sip-call';

/** What sip.js needs of a transport, and the local port our Contact must carry. */
export type SipTransport = Transport & { readonly localPort: number | undefined };

export interface SipPhoneDeps {
  account: SipAccount;
  logger: Logger;
  createMedia(options: MediaSessionOptions): Promise<MediaSession>;
  onRegistration(state: PhoneRegistration): void;
  onIncomingCall(call: SipCall): void;
  /** The signalling connection dropped on its own; the line service decides when to reconnect. */
  onConnectionLost(error: Error | undefined): void;
  userAgentName?: string;
  /** The SIP transport; NodeTransport (TCP or TLS) unless a test brings its own. */
  transportConstructor?: new (logger: Core.Logger, options: NodeTransportOptions) => SipTransport;
  /** For the back-off after a re-INVITE collision (tests pin it). */
  random?: () => number;
}

export type SipPhone = Awaited<ReturnType<typeof startSipPhone>>;

const sipLogLevels: Record<LogLevel, 'debug' | 'info' | 'warn' | 'error'> = {
  debug: 'debug',
  log: 'debug',
  warn: 'warn',
  error: 'error',
};

/**
 * One account's phone: a sip.js UserAgent over the Node transport, registered to its server,
 * placing and receiving calls. Throws (with a plain message) when the server cannot be reached.
 */
export async function startSipPhone(deps: SipPhoneDeps) {
  const { account, logger } = deps;
  const server = signallingServer(account);
  let localAddress: string;
  try {
    localAddress = await localAddressToward(server.host, server.port);
  } catch (error) {
    deps.onRegistration(registrationUnreachable(error));
    throw error;
  }
  const transportOptions: NodeTransportOptions = {
    server,
    protocol: account.transport,
    tls: { servername: server.host, ...account.tls },
  };
  let stopping = false;
  let closingOnPurpose = false;
  const router: DialogRequestRouter = new Map();
  const callOptions: SipCallOptions = {
    router,
    random: deps.random,
    line: { provider: account.provider, uriFor: (target) => targetUri(account, target) },
  };
  const liveCalls = new Set<SipCall>();
  function tracked(call: SipCall): SipCall {
    liveCalls.add(call);
    const stopWatching = call.onChange((snapshot) => {
      if (snapshot.state !== 'ended') return;
      liveCalls.delete(call);
      stopWatching();
    });
    return call;
  }

  /** After a new connection, each call in progress tells the far end its new Contact. */
  function refreshCallContacts(): void {
    const contact = userAgent.contact.toString();
    for (const call of liveCalls) {
      call.refreshContact(contact).then(
        (result) => {
          if (result && !result.accepted)
            logger.warn('The far end refused the new contact of a call', {
              callId: call.id,
              status: result.statusCode,
            });
        },
        (error: unknown) =>
          logger.warn('Could not send the new contact of a call', { callId: call.id, error: String(error) }),
      );
    }
  }

  const userAgent = new UserAgent({
    uri: UserAgent.makeURI(`sip:${account.sipAddress}`),
    authorizationUsername: account.authUsername,
    authorizationPassword: account.password,
    displayName: escapeQuotedString(account.displayName),
    transportConstructor: deps.transportConstructor ?? NodeTransport,
    transportOptions,
    viaHost: localAddress,
    contactName: accountUser(account),
    contactParams: { transport: account.transport },
    userAgentString: deps.userAgentName ?? 'Dialtone',
    // RFC 4028 session timers: see CallSessionTimer.
    sipExtensionExtraSupported: ['timer'],
    logBuiltinEnabled: false,
    logConnector: (level, category, _label, content) => logger[sipLogLevels[level]](content, { category }),
    sessionDescriptionHandlerFactory: () =>
      new MediaDescriptionHandler(
        deps.createMedia({
          srtp: account.srtp,
          advertisedAddress: localAddress,
          bindAddress: localAddress,
          stunServer: account.stunServer,
        }),
      ),
    delegate: {
      onInvite: (invitation) => {
        const timer = answerSessionTimer(invitation.request);
        if (timer.kind === 'too-brief') {
          void invitation.reject({ statusCode: 422, extraHeaders: timer.headers }).catch(() => undefined);
          return;
        }
        const twilio = account.provider === 'twilio' ? twilioCallFactsOf(invitation.request) : undefined;
        const call = new SipCall(invitation, callerOf(invitation.request), logger, { ...callOptions, twilio });
        deps.onIncomingCall(tracked(call));
      },
      onDisconnect: (error) => {
        if (stopping || closingOnPurpose) return;
        deps.onRegistration(registrationUnreachable(error));
        deps.onConnectionLost(error);
      },
    },
  });
  extendUserAgentCore(userAgent.userAgentCore, router);
  const registrar = UserAgent.makeURI(`sip:${parseHostPort(account.registrar, account.transport).host}`);
  const registerer = new Registerer(userAgent, { expires: registerExpiresSeconds, registrar });
  const registration = phoneRegistration({
    core: userAgent.userAgentCore,
    registerer,
    contact: () => userAgent.contact.uri,
    report: deps.onRegistration,
  });

  /** sip.js writes Contact without a port; each connection has a new local port that must be in it. */
  function fixContactPort(): void {
    userAgent.contact.uri.port = (userAgent.transport as SipTransport).localPort;
  }

  /** A fresh connection: after a loss, or on purpose when the network changed under a live one. */
  async function connect(): Promise<PhoneRegistration> {
    try {
      if (userAgent.isConnected()) {
        closingOnPurpose = true;
        await userAgent.transport.disconnect().finally(() => (closingOnPurpose = false));
      }
      await userAgent.reconnect();
    } catch (error) {
      const outcome = registrationUnreachable(error);
      deps.onRegistration(outcome);
      return outcome;
    }
    fixContactPort();
    refreshCallContacts();
    return registration.register();
  }

  await userAgent.start().catch((error: unknown) => {
    deps.onRegistration(registrationUnreachable(error));
    throw error;
  });
  fixContactPort();
  const initial = await registration.register();

  return {
    initial,
    localAddress,
    /** Re-opens the connection (new local port) and registers again. */
    reconnect: (): Promise<PhoneRegistration> => connect(),
    dial(target: string): SipCall {
      const uri = UserAgent.makeURI(targetUri(account, target));
      if (!uri) throw new Error(`Not a callable address: ${target}`);
      const inviter = new Inviter(userAgent, uri, { earlyMedia: true, extraHeaders: initialSessionTimerHeaders() });
      return tracked(new SipCall(inviter, calleeOf(uri), logger, callOptions));
    },
    /** Un-REGISTERs (briefly waiting for the answer), then closes the connection. */
    async stop(): Promise<void> {
      stopping = true;
      registration.stop();
      if (registerer.state === RegistererState.Registered) {
        await Promise.race([
          registerer.unregister().catch(() => undefined),
          new Promise((resolve) => setTimeout(resolve, 2000)),
        ]);
      }
      await userAgent.stop();
      deps.onRegistration({ status: 'unregistered' });
    },
  };
}
