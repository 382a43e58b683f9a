// The Serverless upload host (serverless-upload.twilio.com) is NOT in twilio_serverless_v1.json: the double serves
// it directly, without Prism in front, and checks the multipart fields itself.
import { badParameter, notFound } from './errors';
import { route, type Route } from './server';
import { newResource, type FunctionVersionRecord } from './state';
import { functionVersionJson } from './serverless/json';

const visibilities = ['public', 'protected', 'private'] as const;

export const uploadRoutes: Route[] = [
  route('upload', 'POST', '/v1/Services/:ServiceSid/Functions/:FunctionSid/Versions', async (c) => {
    const fn = c.store.functions.find(
      (f) => f.accountSid === c.account.sid && f.serviceSid === c.params.ServiceSid && f.sid === c.params.FunctionSid,
    );
    if (!fn) throw notFound(c.path);
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
    if (!visibilities.includes(visibility as (typeof visibilities)[number])) {
      throw badParameter(`Visibility must be one of ${visibilities.join(', ')}`);
    }
    if (content === null) throw badParameter('Content (the file) is required');
    const text = typeof content === 'string' ? content : await content.text();
    const record: FunctionVersionRecord = {
      ...newResource('ZN', c.account.sid),
      serviceSid: fn.serviceSid,
      functionSid: fn.sid,
      path,
      visibility: visibility as FunctionVersionRecord['visibility'],
      content: text,
    };
    c.store.functionVersions.push(record);
    return { status: 201, body: functionVersionJson(record) };
  }),
];
