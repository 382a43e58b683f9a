import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '../state';

export interface ServedDomains {
  /** http://127.0.0.1:port: an environment's files are at {url}/{domain_name}{path}. */
  url: string;
  close(): Promise<void>;
}

/**
 * What Twilio serves at each environment's domain (https://{domain_name}{path}), limited to Assets: the public
 * asset versions of the deployed build, to anyone, without credentials. A protected one needs Twilio's signature,
 * which the double does not check, so it answers as Twilio does to an unsigned request (400, FACTS §6); a private
 * one has no URL. Functions are served by twilio-run in the lab, not here.
 */
export async function serveDomains(store: Store): Promise<ServedDomains> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://served');
    const [, domainName = '', ...rest] = url.pathname.split('/');
    const path = `/${rest.join('/')}`;
    const environment = store.environments.find((e) => e.domainName === domainName);
    const build = store.builds.find((b) => b.sid === environment?.buildSid);
    const version = store.assetVersions.find((v) => build?.assetVersions.includes(v.sid) && v.path === path);
    const headers = { 'Access-Control-Allow-Origin': '*' };
    if (request.method !== 'GET' || !version || version.visibility === 'private') {
      response.writeHead(404, headers).end();
    } else if (version.visibility === 'protected') {
      response.writeHead(400, headers).end();
    } else {
      response.writeHead(200, { ...headers, 'Content-Type': version.contentType }).end(version.content);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
