import { iso } from '../sids';
import type {
  AssetRecord,
  AssetVersionRecord,
  BuildRecord,
  DeploymentRecord,
  EnvironmentRecord,
  FunctionRecord,
  FunctionVersionRecord,
  ServiceRecord,
  Store,
  VariableRecord,
} from '../state';

export const serverlessBase = 'https://serverless.twilio.com/v1';
const dates = (r: { dateCreated: Date; dateUpdated: Date }) => ({
  date_created: iso(r.dateCreated),
  date_updated: iso(r.dateUpdated),
});

export function serviceJson(s: ServiceRecord) {
  const url = `${serverlessBase}/Services/${s.sid}`;
  return {
    sid: s.sid,
    account_sid: s.accountSid,
    friendly_name: s.friendlyName,
    unique_name: s.uniqueName,
    include_credentials: s.includeCredentials,
    ui_editable: s.uiEditable,
    domain_base: s.domainBase,
    ...dates(s),
    url,
    links: {
      functions: `${url}/Functions`,
      assets: `${url}/Assets`,
      environments: `${url}/Environments`,
      builds: `${url}/Builds`,
    },
  };
}

export function environmentJson(e: EnvironmentRecord) {
  const url = `${serverlessBase}/Services/${e.serviceSid}/Environments/${e.sid}`;
  return {
    sid: e.sid,
    account_sid: e.accountSid,
    service_sid: e.serviceSid,
    build_sid: e.buildSid,
    unique_name: e.uniqueName,
    domain_suffix: e.domainSuffix,
    domain_name: e.domainName,
    ...dates(e),
    url,
    links: { variables: `${url}/Variables`, deployments: `${url}/Deployments`, logs: `${url}/Logs` },
  };
}

export function functionJson(f: FunctionRecord) {
  const url = `${serverlessBase}/Services/${f.serviceSid}/Functions/${f.sid}`;
  return {
    sid: f.sid,
    account_sid: f.accountSid,
    service_sid: f.serviceSid,
    friendly_name: f.friendlyName,
    ...dates(f),
    url,
    links: { function_versions: `${url}/Versions` },
  };
}

export function functionVersionJson(v: FunctionVersionRecord) {
  const url = `${serverlessBase}/Services/${v.serviceSid}/Functions/${v.functionSid}/Versions/${v.sid}`;
  return {
    sid: v.sid,
    account_sid: v.accountSid,
    service_sid: v.serviceSid,
    function_sid: v.functionSid,
    path: v.path,
    visibility: v.visibility,
    date_created: iso(v.dateCreated),
    url,
    links: { function_version_content: `${url}/Content` },
  };
}

export function assetJson(a: AssetRecord) {
  const url = `${serverlessBase}/Services/${a.serviceSid}/Assets/${a.sid}`;
  return {
    sid: a.sid,
    account_sid: a.accountSid,
    service_sid: a.serviceSid,
    friendly_name: a.friendlyName,
    ...dates(a),
    url,
    links: { asset_versions: `${url}/Versions` },
  };
}

export function assetVersionJson(v: AssetVersionRecord) {
  return {
    sid: v.sid,
    account_sid: v.accountSid,
    service_sid: v.serviceSid,
    asset_sid: v.assetSid,
    path: v.path,
    visibility: v.visibility,
    date_created: iso(v.dateCreated),
    url: `${serverlessBase}/Services/${v.serviceSid}/Assets/${v.assetSid}/Versions/${v.sid}`,
  };
}

export function buildStatus(b: BuildRecord): 'building' | 'completed' {
  // Building until its status has been asked once, so a client really polls; completed from then on.
  return b.statusPolls > 0 ? 'completed' : 'building';
}

export function buildJson(b: BuildRecord, store: Store) {
  const url = `${serverlessBase}/Services/${b.serviceSid}/Builds/${b.sid}`;
  const versions = store.functionVersions.filter((v) => b.functionVersions.includes(v.sid)).map(functionVersionJson);
  return {
    sid: b.sid,
    account_sid: b.accountSid,
    service_sid: b.serviceSid,
    status: buildStatus(b),
    asset_versions: store.assetVersions.filter((v) => b.assetVersions.includes(v.sid)).map(assetVersionJson),
    function_versions: versions,
    dependencies: b.dependencies,
    runtime: b.runtime,
    ...dates(b),
    url,
    links: { build_status: `${url}/Status` },
  };
}

export function deploymentJson(d: DeploymentRecord) {
  const url = `${serverlessBase}/Services/${d.serviceSid}/Environments/${d.environmentSid}/Deployments/${d.sid}`;
  return {
    sid: d.sid,
    account_sid: d.accountSid,
    service_sid: d.serviceSid,
    environment_sid: d.environmentSid,
    build_sid: d.buildSid,
    ...dates(d),
    url,
  };
}

export function variableJson(v: VariableRecord) {
  const url = `${serverlessBase}/Services/${v.serviceSid}/Environments/${v.environmentSid}/Variables/${v.sid}`;
  return {
    sid: v.sid,
    account_sid: v.accountSid,
    service_sid: v.serviceSid,
    environment_sid: v.environmentSid,
    key: v.key,
    value: v.value,
    ...dates(v),
    url,
  };
}
