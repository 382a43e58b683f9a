import { notFound } from '../errors';
import type { Context } from '../server';
import type { EnvironmentRecord, ServiceRecord } from '../state';

/** A service of the caller's account, by SID or (as Twilio allows) by unique name. */
export function serviceOf(context: Context): ServiceRecord {
  const key = context.params.ServiceSid ?? context.params.Sid;
  const found = context.store.services.find(
    (s) => s.accountSid === context.account.sid && (s.sid === key || s.uniqueName === key),
  );
  if (!found) throw notFound(context.path);
  return found;
}

export function environmentOf(context: Context, sid = context.params.EnvironmentSid): EnvironmentRecord {
  const service = serviceOf(context);
  const found = context.store.environments.find((e) => e.serviceSid === service.sid && e.sid === sid);
  if (!found) throw notFound(context.path);
  return found;
}
