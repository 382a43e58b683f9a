import { notFound } from '../errors';
import { listV1 } from '../paging';
import { route, type Context, type Route } from '../server';
import { newResource, type AssetRecord } from '../state';
import { assetJson, assetVersionJson } from './json';
import { serviceOf } from './lookup';

const service = '/v1/Services/:ServiceSid';

function assetOf(context: Context, sid = context.params.AssetSid): AssetRecord {
  const parent = serviceOf(context);
  const found = context.store.assets.find((a) => a.serviceSid === parent.sid && a.sid === sid);
  if (!found) throw notFound(context.path);
  return found;
}

/** Assets and their versions; the versions' content arrives on the upload host (upload.ts). */
export const assetRoutes: Route[] = [
  route('serverless', 'GET', `${service}/Assets`, (c) =>
    listV1(c, 'assets', c.store.assets.filter((a) => a.serviceSid === serviceOf(c).sid).map(assetJson)),
  ),
  route('serverless', 'POST', `${service}/Assets`, (c) => {
    const record: AssetRecord = {
      ...newResource('ZH', c.account.sid),
      serviceSid: serviceOf(c).sid,
      friendlyName: c.form.get('FriendlyName') ?? '',
    };
    c.store.assets.push(record);
    return { status: 201, body: assetJson(record) };
  }),
  route('serverless', 'GET', `${service}/Assets/:Sid`, (c) => ({
    status: 200,
    body: assetJson(assetOf(c, c.params.Sid)),
  })),
  route('serverless', 'GET', `${service}/Assets/:AssetSid/Versions`, (c) => {
    const parent = assetOf(c);
    return listV1(
      c,
      'asset_versions',
      c.store.assetVersions.filter((v) => v.assetSid === parent.sid).map(assetVersionJson),
    );
  }),
];
