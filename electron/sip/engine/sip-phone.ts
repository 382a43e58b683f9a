import { Inviter, Registerer, RegistererState, UserAgent, type LogLevel } from 'sip.js';
import type { Logger } from '../../logging/logger';
import type { MediaSession, MediaSessionOptions } from '../../media/media-session-types';
import { NodeTransport, type NodeTransportOptions } from '../transport/node-transport';
import { localAddressToward } from './local-address';
import { MediaDescriptionHandler } from './media-description-handler';
import {
  grantedExpires,
  registrationRefused,
  registrationUnreachable,
  type PhoneRegistration,
} from './registration-outcome';
import { callerOf } from './remote-party';
import { accountUser, parseHostPort, signallingServer, targetUri, type SipAccount } from './sip-account';
import { SipCall } from './sip-call';

export interface SipPhoneDeps {
  account: SipAccount;
  logger: Logger;
  createMedia(options: MediaSessionOptions): Promise<MediaSession>;
  onRegistration(state: PhoneRegistration): void;
  onIncomingCall(call: SipCall): void;
  /** The signalling connection dropped on its own; the line service decides when to reconnect. */
  onConnectionLost(error: Error | undefined): void;
  /** Seconds asked of the registrar; it may grant less (or demand more with 423). */
  registerExpires?: number;
  userAgentName?: string;
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

  const userAgent = new UserAgent({
    uri: UserAgent.makeURI(`sip:${account.sipAddress}`),
    authorizationUsername: account.authUsername,
    authorizationPassword: account.password,
    displayName: account.displayName,
    transportConstructor: NodeTransport,
    transportOptions,
    viaHost: localAddress,
    contactName: accountUser(account),
    contactParams: { transport: account.transport },
    userAgentString: deps.userAgentName ?? 'Dialtone',
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
      onInvite: (invitation) => deps.onIncomingCall(new SipCall(invitation, callerOf(invitation.request), logger)),
      onDisconnect: (error) => {
        if (stopping || closingOnPurpose) return;
        deps.onRegistration(registrationUnreachable(error));
        deps.onConnectionLost(error);
      },
    },
  });
  const registrar = UserAgent.makeURI(`sip:${parseHostPort(account.registrar, account.transport).host}`);
  const requestedExpires = deps.registerExpires ?? 300;
  const registerer = new Registerer(userAgent, { expires: requestedExpires, registrar });

  /** sip.js writes Contact without a port; each connection has a new local port that must be in it. */
  function fixContactPort(): void {
    userAgent.contact.uri.port = (userAgent.transport as NodeTransport).localPort;
  }

  function register(): Promise<PhoneRegistration> {
    deps.onRegistration({ status: 'registering' });
    return new Promise((resolve) => {
      const settle = (outcome: PhoneRegistration) => {
        deps.onRegistration(outcome);
        resolve(outcome);
      };
      registerer
        .register({
          requestDelegate: {
            onAccept: (response) => {
              const expires = grantedExpires(
                response.message.getHeaders('contact'),
                response.message.getHeader('expires'),
                userAgent.contact.uri.port,
              );
              settle({ status: 'registered', expiresInSeconds: expires ?? requestedExpires });
            },
            onReject: (response) => {
              if (response.message.statusCode === 423) return; // sip.js retries with Min-Expires itself
              settle(registrationRefused(response.message.statusCode ?? 500, response.message.reasonPhrase ?? ''));
            },
          },
        })
        .catch((error: unknown) => settle(registrationUnreachable(error)));
    });
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
    return register();
  }

  await userAgent.start().catch((error: unknown) => {
    deps.onRegistration(registrationUnreachable(error));
    throw error;
  });
  fixContactPort();
  const initial = await register();

  return {
    initial,
    localAddress,
    /** Re-opens the connection (new local port) and registers again. */
    reconnect: (): Promise<PhoneRegistration> => connect(),
    dial(target: string): SipCall {
      const uri = UserAgent.makeURI(targetUri(account, target));
      if (!uri) throw new Error(`Not a callable address: ${target}`);
      const inviter = new Inviter(userAgent, uri, { earlyMedia: true });
      return new SipCall(inviter, { uri: uri.toString(), number: uri.user ?? uri.toString(), name: null }, logger);
    },
    /** Un-REGISTERs (briefly waiting for the answer), then closes the connection. */
    async stop(): Promise<void> {
      stopping = true;
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
