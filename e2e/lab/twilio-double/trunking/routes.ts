import type { Route } from '../server';
import { originationUrlRoutes } from './origination-urls';
import { trunkLinkRoutes } from './trunk-links';
import { trunkPhoneNumberRoutes } from './trunk-phone-numbers';
import { trunkRoutes } from './trunks';

/** Elastic SIP Trunking (trunking.twilio.com/v1): trunks, origination URLs, associations. */
export const trunkingRoutes: Route[] = [
  ...trunkRoutes,
  ...originationUrlRoutes,
  ...trunkLinkRoutes,
  ...trunkPhoneNumberRoutes,
];
