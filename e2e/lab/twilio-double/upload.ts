// The Serverless upload host (serverless-upload.twilio.com) is NOT in twilio_serverless_v1.json: the double serves
// it directly, without Prism in front, and checks the multipart fields itself.
import { badParameter, notFound } from './errors';
import { route, type Context, type Route } from './server';
import { newResource, type AssetVersionRecord, type FunctionVersionRecord } from './state';
import { assetVersionJson, functionVersionJson } from './serverless/json';

const visibilities = ['public', 'protected', 'private'] as const;
type Visibility = (typeof visibilities)[number];

/** Path, Visibility and Content of a version upload, checked. */
async function uploadedVersion(c: Context): Promise<{ path: string; visibility: Visibility; content: File | string }> {
  const contentType = c.headers['content-type'] ?? '';
  if (!contentType.startsWith('multipart/form-data')) throw badParameter('Expected a multipart/form-data body');
  // undici's Request parses multipart bodies: no extra dependency.
  const form = await new Request('http://upload.invalid/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: c.rawBody,
  }).formData();
  const path = form.get('Path');
  const visibility = form.get('Visibility');
  const content = form.get('Content');
  if (typeof path !== 'string' || !path.startsWith('/')) throw badParameter('Path is required and must start with /');
  if (!visibilities.includes(visibility as Visibility)) {
    throw badParameter(`Visibility must be one of ${visibilities.join(', ')}`);
  }
  if (content === null) throw badParameter('Content (the file) is required');
  return { path, visibility: visibility as Visibility, content };
}

export const uploadRoutes: Route[] = [
  route('upload', 'POST', '/v1/Services/:ServiceSid/Functions/:FunctionSid/Versions', async (c) => {
    const fn = c.store.functions.find(
      (f) => f.accountSid === c.account.sid && f.serviceSid === c.params.ServiceSid && f.sid === c.params.FunctionSid,
    );
    if (!fn) throw notFound(c.path);
    const { path, visibility, content } = await uploadedVersion(c);
    const record: FunctionVersionRecord = {
      ...newResource('ZN', c.account.sid),
      serviceSid: fn.serviceSid,
      functionSid: fn.sid,
      path,
      visibility,
      content: typeof content === 'string' ? content : await content.text(),
    };
    c.store.functionVersions.push(record);
    return { status: 201, body: functionVersionJson(record) };
  }),
  route('upload', 'POST', '/v1/Services/:ServiceSid/Assets/:AssetSid/Versions', async (c) => {
    const asset = c.store.assets.find(
      (a) => a.accountSid === c.account.sid && a.serviceSid === c.params.ServiceSid && a.sid === c.params.AssetSid,
    );
    if (!asset) throw notFound(c.path);
    const { path, visibility, content } = await uploadedVersion(c);
    const record: AssetVersionRecord = {
      ...newResource('ZN', c.account.sid),
      serviceSid: asset.serviceSid,
      assetSid: asset.sid,
      path,
      visibility,
      contentType: typeof content === 'string' ? 'text/plain' : content.type || 'application/octet-stream',
      content: typeof content === 'string' ? Buffer.from(content) : Buffer.from(await content.arrayBuffer()),
    };
    c.store.assetVersions.push(record);
    return { status: 201, body: assetVersionJson(record) };
  }),
];
