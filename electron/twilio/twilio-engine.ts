/*
 * The parts of the Twilio engine that load twilio-node and serverless-api. create-backend imports this
 * module on the first setup step that talks to Twilio, so those libraries stay out of start-up.
 */
export { connectTwilio } from './twilio-account-api';
export { provisionPhoneLine, updateRoutingChoices } from './provision-phone-line';
export { removeDialtone } from './remove-dialtone';
export { provisionTrunk } from './trunking/provision-trunk';
export { removeTrunk } from './trunking/remove-trunk';
