import { randomInt } from 'node:crypto';
import { notFound, TwilioError } from '../errors';
import { formBoolean, listV1 } from '../paging';
import { route, type Context, type Route } from '../server';
import {
  newResource,
  type EnvironmentRecord,
  type FunctionRecord,
  type ServiceRecord,
  type VariableRecord,
} from '../state';
import { assetRoutes } from './assets';
import { buildRoutes } from './builds';
import { environmentOf, serviceOf } from './lookup';
import { environmentJson, functionJson, functionVersionJson, serviceJson, variableJson } from './json';

function functionOf(context: Context, sid = context.params.FunctionSid): FunctionRecord {
  const service = serviceOf(context);
  const found = context.store.functions.find((f) => f.serviceSid === service.sid && f.sid === sid);
  if (!found) throw notFound(context.path);
  return found;
}

function variableOf(context: Context): VariableRecord {
  const environment = environmentOf(context);
  const found = context.store.variables.find(
    (v) => v.environmentSid === environment.sid && v.sid === context.params.Sid,
  );
  if (!found) throw notFound(context.path);
  return found;
}

const remove = <T>(items: T[], item: T) => void items.splice(items.indexOf(item), 1);
const services = '/v1/Services';
const service = `${services}/:ServiceSid`;
const environment = `${service}/Environments/:EnvironmentSid`;

export const serverlessRoutes: Route[] = [
  route('serverless', 'GET', services, (c) =>
    listV1(c, 'services', c.store.services.filter((s) => s.accountSid === c.account.sid).map(serviceJson)),
  ),
  route('serverless', 'POST', services, (c) => {
    const uniqueName = c.form.get('UniqueName') ?? '';
    if (c.store.services.some((s) => s.accountSid === c.account.sid && s.uniqueName === uniqueName)) {
      // ASSUMPTION: code 54301 and this wording; sapi only needs the request to fail to look the service up.
      throw new TwilioError(409, 54301, `Service with UniqueName ${uniqueName} already exists`);
    }
    const record: ServiceRecord = {
      ...newResource('ZS', c.account.sid),
      uniqueName,
      friendlyName: c.form.get('FriendlyName') ?? uniqueName,
      includeCredentials: formBoolean(c.form.get('IncludeCredentials')) ?? true,
      uiEditable: formBoolean(c.form.get('UiEditable')) ?? false,
      domainBase: `${uniqueName}-${randomInt(1000, 10000)}`,
    };
    c.store.services.push(record);
    return { status: 201, body: serviceJson(record) };
  }),
  route('serverless', 'GET', `${services}/:Sid`, (c) => ({ status: 200, body: serviceJson(serviceOf(c)) })),
  route('serverless', 'POST', `${services}/:Sid`, (c) => {
    const record = serviceOf(c);
    record.friendlyName = c.form.get('FriendlyName') ?? record.friendlyName;
    record.includeCredentials = formBoolean(c.form.get('IncludeCredentials')) ?? record.includeCredentials;
    record.uiEditable = formBoolean(c.form.get('UiEditable')) ?? record.uiEditable;
    record.dateUpdated = new Date();
    return { status: 200, body: serviceJson(record) };
  }),
  route('serverless', 'DELETE', `${services}/:Sid`, (c) => {
    const record = serviceOf(c);
    remove(c.store.services, record);
    const s = c.store;
    s.environments = s.environments.filter((e) => e.serviceSid !== record.sid);
    s.functions = s.functions.filter((f) => f.serviceSid !== record.sid);
    s.assets = s.assets.filter((a) => a.serviceSid !== record.sid);
    s.variables = s.variables.filter((v) => v.serviceSid !== record.sid);
    return { status: 204 };
  }),

  route('serverless', 'GET', `${service}/Environments`, (c) =>
    listV1(
      c,
      'environments',
      c.store.environments.filter((e) => e.serviceSid === serviceOf(c).sid).map(environmentJson),
    ),
  ),
  route('serverless', 'POST', `${service}/Environments`, (c) => {
    const parent = serviceOf(c);
    const uniqueName = c.form.get('UniqueName') ?? '';
    const domainSuffix = c.form.get('DomainSuffix');
    const siblings = c.store.environments.filter((e) => e.serviceSid === parent.sid);
    if (
      siblings.some((e) => e.uniqueName === uniqueName || (domainSuffix !== null && e.domainSuffix === domainSuffix))
    ) {
      // ASSUMPTION: code; the message is the one Twilio gives (terraform-provider-twilio issue #78).
      throw new TwilioError(409, 54301, 'Environment with this UniqueName or DomainSuffix already exists.');
    }
    const record: EnvironmentRecord = {
      ...newResource('ZE', c.account.sid),
      serviceSid: parent.sid,
      uniqueName,
      domainSuffix,
      domainName: `${parent.domainBase}${domainSuffix ? `-${domainSuffix}` : ''}.twil.io`,
      buildSid: null,
    };
    c.store.environments.push(record);
    return { status: 201, body: environmentJson(record) };
  }),
  route('serverless', 'GET', `${service}/Environments/:Sid`, (c) => ({
    status: 200,
    body: environmentJson(environmentOf(c, c.params.Sid)),
  })),
  route('serverless', 'DELETE', `${service}/Environments/:Sid`, (c) => {
    remove(c.store.environments, environmentOf(c, c.params.Sid));
    return { status: 204 };
  }),

  route('serverless', 'GET', `${service}/Functions`, (c) =>
    listV1(c, 'functions', c.store.functions.filter((f) => f.serviceSid === serviceOf(c).sid).map(functionJson)),
  ),
  route('serverless', 'POST', `${service}/Functions`, (c) => {
    const record: FunctionRecord = {
      ...newResource('ZH', c.account.sid),
      serviceSid: serviceOf(c).sid,
      friendlyName: c.form.get('FriendlyName') ?? '',
    };
    c.store.functions.push(record);
    return { status: 201, body: functionJson(record) };
  }),
  route('serverless', 'GET', `${service}/Functions/:Sid`, (c) => ({
    status: 200,
    body: functionJson(functionOf(c, c.params.Sid)),
  })),
  route('serverless', 'POST', `${service}/Functions/:Sid`, (c) => {
    const record = functionOf(c, c.params.Sid);
    record.friendlyName = c.form.get('FriendlyName') ?? record.friendlyName;
    record.dateUpdated = new Date();
    return { status: 200, body: functionJson(record) };
  }),
  route('serverless', 'DELETE', `${service}/Functions/:Sid`, (c) => {
    remove(c.store.functions, functionOf(c, c.params.Sid));
    return { status: 204 };
  }),
  route('serverless', 'GET', `${service}/Functions/:FunctionSid/Versions`, (c) => {
    const parent = functionOf(c);
    return listV1(
      c,
      'function_versions',
      c.store.functionVersions.filter((v) => v.functionSid === parent.sid).map(functionVersionJson),
    );
  }),
  route('serverless', 'GET', `${service}/Functions/:FunctionSid/Versions/:Sid`, (c) => {
    const parent = functionOf(c);
    const version = c.store.functionVersions.find((v) => v.functionSid === parent.sid && v.sid === c.params.Sid);
    if (!version) throw notFound(c.path);
    return { status: 200, body: functionVersionJson(version) };
  }),
  ...assetRoutes,

  route('serverless', 'GET', `${environment}/Variables`, (c) =>
    listV1(
      c,
      'variables',
      c.store.variables.filter((v) => v.environmentSid === environmentOf(c).sid).map(variableJson),
    ),
  ),
  route('serverless', 'POST', `${environment}/Variables`, (c) => {
    const parent = environmentOf(c);
    const key = c.form.get('Key') ?? '';
    if (c.store.variables.some((v) => v.environmentSid === parent.sid && v.key === key)) {
      throw new TwilioError(409, 54301, `Variable with Key ${key} already exists`); // ASSUMPTION: code
    }
    const record: VariableRecord = {
      ...newResource('ZV', c.account.sid),
      serviceSid: parent.serviceSid,
      environmentSid: parent.sid,
      key,
      value: c.form.get('Value') ?? '',
    };
    c.store.variables.push(record);
    return { status: 201, body: variableJson(record) };
  }),
  route('serverless', 'GET', `${environment}/Variables/:Sid`, (c) => ({
    status: 200,
    body: variableJson(variableOf(c)),
  })),
  route('serverless', 'POST', `${environment}/Variables/:Sid`, (c) => {
    const record = variableOf(c);
    record.key = c.form.get('Key') ?? record.key;
    record.value = c.form.get('Value') ?? record.value;
    record.dateUpdated = new Date();
    return { status: 200, body: variableJson(record) };
  }),
  route('serverless', 'DELETE', `${environment}/Variables/:Sid`, (c) => {
    remove(c.store.variables, variableOf(c));
    return { status: 204 };
  }),
  ...buildRoutes,
];
