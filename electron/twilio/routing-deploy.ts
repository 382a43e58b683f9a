import { api, type DeployProjectConfig } from '@twilio-labs/serverless-api';
import type { CallHandling } from '../../shared/models/call-handling';
import { twilioVariableByteLimit } from '../../shared/models/twilio-setup-names';
import type { Team } from '../../shared/models/team';
import { callHandlingVariables } from './call-handling-variables';
import { teamVariables } from './team-variables';
import type { ServerlessClient } from './serverless-client';
import { routingDependencies, type RoutingFunction } from './routing-functions';
import { dialtoneFriendlyName, routingServiceNameFor } from './dialtone-names';
import { problemInWords, TwilioProblemError, toTwilioProblem } from './twilio-problem';
import { unlessGone } from './sip-resources';
import {
  checkAnswer,
  deployAnswer,
  environmentBuildAnswer,
  serviceAnswer,
  usableAnswers,
  type AnswerAbout,
} from './twilio-answers';
import { words } from '../../shared/text/words';

export interface RoutingSettings {
  phoneNumber: string;
  sipDomainName: string;
  sipUsername: string;
  ringTimeoutSeconds: number;
  voicemailGreeting: string;
  /** ISO codes of the countries the outbound Function may dial. */
  allowedCountries: readonly string[];
  /** Do not disturb and blocked callers, decided by the inbound Function. */
  callHandling: CallHandling;
  /** The people sharing the SIP domain, for calls between them and to their numbers. */
  team: Team;
  functions: RoutingFunction[];
  /** The recorded greetings the call handling plays: every build carries all of them (one without an asset removes it). */
  greetingAssets: GreetingAsset[];
}

/** A recorded greeting (a WAV), served by the routing at `path`. */
export interface GreetingAsset {
  path: string;
  content: Buffer;
}

/** The settings the Functions read from variables on every request: they change without a new build. */
export type RoutingChoices = Pick<RoutingSettings, 'voicemailGreeting' | 'allowedCountries' | 'callHandling' | 'team'>;

export interface DeployedRouting {
  serviceSid: string;
  environmentSid: string;
  /** https://dialtone-...twil.io, without a trailing slash. */
  baseUrl: string;
}

/** The variables for `choices`; the allowed countries never empty (an empty list is "none": no country). */
export function choiceVariables(choices: RoutingChoices): Record<string, string> {
  if (Buffer.byteLength(choices.voicemailGreeting, 'utf8') > twilioVariableByteLimit) {
    throw new TwilioProblemError(
      problemInWords(
        words('setup.greetingTooLong'),
        words('setup.greetingTooLongAdvice', { limit: twilioVariableByteLimit }),
      ),
    );
  }
  const countries = choices.allowedCountries;
  return {
    VOICEMAIL_GREETING: choices.voicemailGreeting,
    DIALTONE_ALLOWED_COUNTRIES: countries.length > 0 ? countries.join(',') : 'none',
    ...callHandlingVariables(choices.callHandling),
    ...teamVariables(choices.team),
  };
}

const routingAbout: AnswerAbout = { what: 'Dialtone’s call routing', where: 'Functions and Assets > Services' };

interface ServiceResource {
  sid: string;
  unique_name: string | null;
  include_credentials: boolean | null;
}

/** The routing service: by its known sid, else by UniqueName; null if there is none. */
export async function findRoutingService(
  serverless: ServerlessClient,
  phoneNumber: string,
  knownSid: string | undefined,
): Promise<ServiceResource | null> {
  const { sapi } = serverless;
  if (knownSid) {
    const known = await unlessGone(async () => (await sapi.request('get', `Services/${knownSid}`)).body);
    if (known) return checkAnswer(serviceAnswer, known, routingAbout);
  }
  const uniqueName = routingServiceNameFor(phoneNumber);
  const services = usableAnswers(serviceAnswer, await api.listServices(sapi));
  return services.find((service) => service.unique_name === uniqueName) ?? null;
}

/*
 * The routing Functions get the account's credentials (context.getTwilioClient()) only while the auto-reply needs
 * them, to list the caller's messages, look up their line type and send the SMS: the Service's IncludeCredentials,
 * false otherwise so that no Function holds them for nothing.
 */
const needsCredentials = (choices: RoutingChoices): boolean => choices.callHandling.autoReply.enabled;

/** Sets the service's IncludeCredentials when it differs from `wanted`; true when it changed. */
async function setServiceCredentials(
  serverless: ServerlessClient,
  service: Pick<ServiceResource, 'sid' | 'include_credentials'>,
  wanted: boolean,
) {
  if (service.include_credentials === wanted) return false;
  const response = await serverless.sapi.request('post', `Services/${service.sid}`, {
    responseType: 'json',
    form: { IncludeCredentials: wanted },
  });
  checkAnswer(serviceAnswer, response.body, routingAbout);
  return true;
}

async function ensureService(
  serverless: ServerlessClient,
  phoneNumber: string,
  knownSid: string | undefined,
  credentials: boolean,
) {
  const existing = await findRoutingService(serverless, phoneNumber, knownSid);
  if (existing) {
    await setServiceCredentials(serverless, existing, credentials);
    return existing.sid;
  }
  const response = await serverless.sapi.request('post', 'Services', {
    responseType: 'json',
    form: {
      UniqueName: routingServiceNameFor(phoneNumber),
      FriendlyName: dialtoneFriendlyName(phoneNumber),
      IncludeCredentials: credentials,
      UiEditable: false,
    },
  });
  return checkAnswer(serviceAnswer, response.body, routingAbout).sid;
}

/** serverless-api replaces some failures with bare Errors (or the string 'failed' for a build): find Twilio's words. */
function explainDeployFailure(error: unknown, serverless: ServerlessClient): unknown {
  if (toTwilioProblem(error).code !== null || error instanceof TwilioProblemError) return error;
  const answer = serverless.lastFailure();
  if (answer !== null && toTwilioProblem(answer).code !== null) return answer;
  if (error === 'failed' || (error instanceof Error && error.message === 'Timeout')) {
    return new TwilioProblemError(problemInWords(words('setup.routingBuildFailed'), words('setup.routingBuildAdvice')));
  }
  return answer ?? error;
}

/** Creates or updates the routing service, uploads the Functions and deploys them. */
export async function deployRouting(
  serverless: ServerlessClient,
  settings: RoutingSettings,
  known: { serviceSid?: string },
  onService: (serviceSid: string) => void,
): Promise<DeployedRouting> {
  const choices = choiceVariables(settings);
  serverless.forgetFailures();
  try {
    const credentials = needsCredentials(settings);
    const serviceSid = await ensureService(serverless, settings.phoneNumber, known.serviceSid, credentials);
    onService(serviceSid);
    const config = {
      serviceSid,
      serviceName: routingServiceNameFor(settings.phoneNumber),
      overrideExistingService: true,
      functionsEnv: '',
      runtime: 'node22',
      pkgJson: { dependencies: { ...routingDependencies } },
      functions: settings.functions.map((fn) => ({
        name: fn.name,
        path: fn.path,
        access: fn.access,
        content: fn.content,
      })),
      // Public: Twilio's <Play> fetches the file like any URL, and nothing here confirms that it signs those
      // fetches as protected assets require (twilio.com/docs/voice/twiml/play: its requests carry none of the
      // webhook parameters); Listen in the app fetches it too. The path is the recording's content hash
      // (greetingAssetPath): unguessable, and new with every new recording.
      assets: settings.greetingAssets.map((asset) => ({
        name: asset.path.slice(1),
        path: asset.path,
        access: 'public',
        content: asset.content,
      })),
      env: {
        DIALTONE_NUMBER: settings.phoneNumber,
        DIALTONE_SIP_DOMAIN: settings.sipDomainName,
        DIALTONE_SIP_USER: settings.sipUsername,
        RING_TIMEOUT_SECONDS: String(settings.ringTimeoutSeconds),
        ...choices,
      },
    };
    // The client's own config (credentials) is merged in by deployProject.
    const result = await serverless.sapi.deployProject(config as unknown as DeployProjectConfig);
    const { environmentSid, domain } = checkAnswer(deployAnswer, result, routingAbout);
    return { serviceSid, environmentSid, baseUrl: `https://${domain.toLowerCase()}` };
  } catch (error) {
    throw explainDeployFailure(error, serverless);
  }
}

/** A deployed routing service as found, with its IncludeCredentials (null: Twilio did not say). */
export interface DeployedService {
  serviceSid: string;
  environmentSid: string;
  includeCredentials: boolean | null;
}

/**
 * Changes only the routing choices (greeting, countries, call handling) of the deployed routing: Twilio's Functions read a changed
 * variable on their next request, with no new build or deployment
 * (twilio.com/docs/serverless/functions-assets/functions/variables).
 * One request to list the variables, and one for each that differs (and three when the credentials change).
 */
export async function setRoutingChoices(
  serverless: ServerlessClient,
  deployed: DeployedService,
  choices: RoutingChoices,
): Promise<void> {
  const variables = choiceVariables(choices);
  await api.setEnvironmentVariables(variables, deployed.environmentSid, deployed.serviceSid, serverless.sapi);
  await setRoutingCredentials(serverless, deployed, needsCredentials(choices));
}

/**
 * Twilio's documents do not say whether a running deployment sees a change of IncludeCredentials, so after one the
 * environment's current build is deployed again (no new build): the next call runs with the change either way.
 */
async function setRoutingCredentials(serverless: ServerlessClient, deployed: DeployedService, wanted: boolean) {
  const { sapi } = serverless;
  const service = { sid: deployed.serviceSid, include_credentials: deployed.includeCredentials };
  if (!(await setServiceCredentials(serverless, service, wanted))) return;
  const environment = `Services/${deployed.serviceSid}/Environments/${deployed.environmentSid}`;
  const { build_sid: buildSid } = checkAnswer(
    environmentBuildAnswer,
    (await sapi.request('get', environment)).body,
    routingAbout,
  );
  if (buildSid === null) return;
  await sapi.request('post', `${environment}/Deployments`, { responseType: 'json', form: { BuildSid: buildSid } });
}
