import { badParameter, notFound } from '../errors';
import { listV1 } from '../paging';
import { route, type Context, type Route } from '../server';
import { newResource, type BuildRecord, type DeploymentRecord } from '../state';
import { buildJson, buildStatus, deploymentJson, serverlessBase } from './json';
import { environmentOf, serviceOf } from './lookup';

const service = '/v1/Services/:ServiceSid';

/** sapi sends Dependencies as a JSON array wrapped in an extra pair of quotes: "\"[{…}]\"". Both forms are read. */
function parseDependencies(raw: string | null): BuildRecord['dependencies'] {
  if (!raw) return [];
  const text = raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as BuildRecord['dependencies']) : [];
  } catch {
    throw badParameter(`Dependencies is not a JSON array: ${raw}`);
  }
}

function buildOf(context: Context): BuildRecord {
  const parent = serviceOf(context);
  const found = context.store.builds.find((b) => b.serviceSid === parent.sid && b.sid === context.params.Sid);
  if (!found) throw notFound(context.path);
  return found;
}

export const buildRoutes: Route[] = [
  route('serverless', 'GET', `${service}/Builds`, (c) =>
    listV1(
      c,
      'builds',
      c.store.builds.filter((b) => b.serviceSid === serviceOf(c).sid).map((b) => buildJson(b, c.store)),
    ),
  ),
  route('serverless', 'POST', `${service}/Builds`, (c) => {
    const parent = serviceOf(c);
    const functionVersions = c.form.getAll('FunctionVersions');
    const unknown = functionVersions.filter(
      (sid) => !c.store.functionVersions.some((v) => v.sid === sid && v.serviceSid === parent.sid),
    );
    if (unknown.length > 0) throw badParameter(`Unknown FunctionVersions: ${unknown.join(', ')}`);
    const assetVersions = c.form.getAll('AssetVersions');
    const unknownAssets = assetVersions.filter(
      (sid) => !c.store.assetVersions.some((v) => v.sid === sid && v.serviceSid === parent.sid),
    );
    if (unknownAssets.length > 0) throw badParameter(`Unknown AssetVersions: ${unknownAssets.join(', ')}`);
    const record: BuildRecord = {
      ...newResource('ZB', c.account.sid),
      serviceSid: parent.sid,
      functionVersions,
      assetVersions,
      dependencies: parseDependencies(c.form.get('Dependencies')),
      runtime: c.form.get('Runtime') ?? 'node22',
      statusPolls: 0,
    };
    c.store.builds.push(record);
    return { status: 201, body: buildJson(record, c.store) };
  }),
  route('serverless', 'GET', `${service}/Builds/:Sid`, (c) => ({ status: 200, body: buildJson(buildOf(c), c.store) })),
  route('serverless', 'GET', `${service}/Builds/:Sid/Status`, (c) => {
    const build = buildOf(c);
    const status = buildStatus(build);
    build.statusPolls += 1;
    return {
      status: 200,
      body: {
        sid: build.sid,
        account_sid: build.accountSid,
        service_sid: build.serviceSid,
        status,
        url: `${serverlessBase}/Services/${build.serviceSid}/Builds/${build.sid}/Status`,
      },
    };
  }),
  route('serverless', 'GET', `${service}/Environments/:EnvironmentSid/Deployments`, (c) =>
    listV1(
      c,
      'deployments',
      c.store.deployments.filter((d) => d.environmentSid === environmentOf(c).sid).map(deploymentJson),
    ),
  ),
  route('serverless', 'POST', `${service}/Environments/:EnvironmentSid/Deployments`, (c) => {
    const environment = environmentOf(c);
    const buildSid = c.form.get('BuildSid');
    const build = c.store.builds.find((b) => b.sid === buildSid && b.serviceSid === environment.serviceSid);
    if (buildSid !== null && !build) throw badParameter(`Build ${buildSid} not found in this service`);
    if (build && buildStatus(build) !== 'completed') throw badParameter(`Build ${build.sid} is not completed`);
    const now = new Date();
    const record: DeploymentRecord = {
      ...newResource('ZD', c.account.sid),
      serviceSid: environment.serviceSid,
      environmentSid: environment.sid,
      buildSid: build?.sid ?? '',
    };
    environment.buildSid = build?.sid ?? null;
    environment.dateUpdated = now;
    c.store.deployments.push(record);
    return { status: 201, body: deploymentJson(record) };
  }),
  route('serverless', 'GET', `${service}/Environments/:EnvironmentSid/Deployments/:Sid`, (c) => {
    const environment = environmentOf(c);
    const found = c.store.deployments.find((d) => d.environmentSid === environment.sid && d.sid === c.params.Sid);
    if (!found) throw notFound(c.path);
    return { status: 200, body: deploymentJson(found) };
  }),
];
