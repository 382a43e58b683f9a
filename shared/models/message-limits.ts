/*
 * The messages contract's limits, without zod: the renderer's main bundle uses them, the schemas in
 * messages.ts are built from them.
 */

/** Twilio refuses a body longer than 1,600 characters. */
export const messageSendLimit = 1600;
