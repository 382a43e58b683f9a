import { api, type DeployProjectConfig } from '@twilio-labs/serverless-api';
import type { CallHandling } from '../../shared/models/call-handling';
import { twilioVariableByteLimit } from '../../shared/models/twilio-setup-names';
import { callHandlingVariables } from './call-handling-variables';
import type { ServerlessClient } from './serverless-client';
import { routingDependencies, type RoutingFunction } from './routing-functions';
import { dialtoneFriendlyName, routingServiceNameFor } from './dialtone-names';
import { TwilioProblemError, toTwilioProblem } from './twilio-problem';
import { unlessGone } from './sip-resources';
import { checkAnswer, deployAnswer, serviceAnswer, usableAnswers, type AnswerAbout } from './twilio-answers';

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
  functions: RoutingFunction[];
}

/** The settings the Functions read from variables on every request: they change without a new build. */
export type RoutingChoices = Pick<RoutingSettings, 'voicemailGreeting' | 'allowedCountries' | 'callHandling'>;

export interface DeployedRouting {
  serviceSid: string;
  environmentSid: string;
  /** https://dialtone-...twil.io, without a trailing slash. */
  baseUrl: string;
}

/** The variables for `choices`; the allowed countries never empty (an empty list is "none": no country). */
function choiceVariables(choices: RoutingChoices): Record<string, string> {
  if (Buffer.byteLength(choices.voicemailGreeting, 'utf8') > twilioVariableByteLimit) {
    throw new TwilioProblemError({
      code: null,
      message: 'The voicemail greeting is too long',
      whatToDo: `Shorten the greeting, then try again: Twilio keeps at most ${twilioVariableByteLimit} letters (fewer with accents or emoji).`,
      moreInfo: null,
    });
  }
  const countries = choices.allowedCountries;
  return {
    VOICEMAIL_GREETING: choices.voicemailGreeting,
    DIALTONE_ALLOWED_COUNTRIES: countries.length > 0 ? countries.join(',') : 'none',
    ...callHandlingVariables(choices.callHandling),
  };
}

const routingAbout: AnswerAbout = { what: 'Dialtone’s call routing', where: 'Functions and Assets > Services' };

interface ServiceResource {
  sid: string;
  unique_name: string | null;
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

async function ensureService(serverless: ServerlessClient, phoneNumber: string, knownSid: string | undefined) {
  const existing = await findRoutingService(serverless, phoneNumber, knownSid);
  if (existing) return existing.sid;
  const response = await serverless.sapi.request('post', 'Services', {
    responseType: 'json',
    form: {
      UniqueName: routingServiceNameFor(phoneNumber),
      FriendlyName: dialtoneFriendlyName(phoneNumber),
      // The routing Functions never call Twilio's API: they get no account credentials in their context.
      IncludeCredentials: false,
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
    return new TwilioProblemError({
      code: null,
      message: 'Twilio could not build Dialtone’s call routing',
      whatToDo: 'Try again in a few minutes. If it keeps failing, check Functions and Assets in the Twilio Console.',
      moreInfo: null,
    });
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
    const serviceSid = await ensureService(serverless, settings.phoneNumber, known.serviceSid);
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
      assets: [],
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

/**
 * Changes only the routing choices (greeting, countries, call handling) of the deployed routing: Twilio's Functions read a changed
 * variable on their next request, with no new build or deployment
 * (twilio.com/docs/serverless/functions-assets/functions/variables).
 * One request to list the variables, and one for each that differs.
 */
export async function setRoutingChoices(
  serverless: ServerlessClient,
  deployed: { serviceSid: string; environmentSid: string },
  choices: RoutingChoices,
): Promise<void> {
  const variables = choiceVariables(choices);
  await api.setEnvironmentVariables(variables, deployed.environmentSid, deployed.serviceSid, serverless.sapi);
}
