import type { SetupService } from '../services/setup/setup-service';
import type { InvokeHandlers } from './contract-router';

type SetupChannels =
  | 'setup:get'
  | 'setup:go-to'
  | 'setup:dismiss'
  | 'setup:connect-twilio'
  | 'setup:create-api-key'
  | 'setup:set-edge'
  | 'setup:list-owned-numbers'
  | 'setup:search-numbers'
  | 'setup:choose-number'
  | 'setup:provision'
  | 'setup:set-allowed-countries'
  | 'setup:set-voicemail-greeting'
  | 'setup:set-call-handling'
  | 'setup:send-routing-again'
  | 'setup:check-routing'
  | 'setup:remove-from-twilio';

export function setupHandlers(setup: SetupService): Pick<InvokeHandlers, SetupChannels> {
  return {
    'setup:get': () => setup.get(),
    'setup:go-to': ({ step }) => setup.goTo(step),
    'setup:dismiss': () => setup.dismiss(),
    'setup:connect-twilio': (credentials) => setup.connectTwilio(credentials),
    'setup:create-api-key': () => setup.createApiKey(),
    'setup:set-edge': ({ edge }) => setup.setEdge(edge),
    'setup:list-owned-numbers': () => setup.listOwnedNumbers(),
    'setup:search-numbers': (search) => setup.searchNumbers(search),
    'setup:choose-number': (choice) => setup.chooseNumber(choice),
    'setup:provision': () => setup.provision(),
    'setup:set-allowed-countries': ({ countries }) => setup.setAllowedCountries(countries),
    'setup:set-voicemail-greeting': ({ greeting }) => setup.setVoicemailGreeting(greeting),
    'setup:set-call-handling': (handling) => setup.setCallHandling(handling),
    'setup:send-routing-again': () => setup.sendAgain(),
    'setup:check-routing': () => setup.checkWithTwilio(),
    'setup:remove-from-twilio': ({ releaseNumber }) => setup.removeFromTwilio(releaseNumber),
  };
}
