import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { problemInWords, TwilioProblemError } from './twilio-problem';
import { words } from '../../shared/text/words';

/**
 * A routing Function shipped with Dialtone: 'protected' ones answer Twilio-signed requests only; 'private'
 * ones have no URL and hold what the others require (through Runtime.getFunctions()).
 */
export interface RoutingFunction {
  name: string;
  path: string;
  access: RoutingFunctionAccess;
  content: Buffer;
}

export type RoutingFunctionAccess = 'protected' | 'private';

export const routingFunctionFiles = [
  { name: 'outbound', access: 'protected' },
  { name: 'inbound', access: 'protected' },
  { name: 'forward', access: 'protected' },
  { name: 'transfer', access: 'protected' },
  { name: 'menu', access: 'protected' },
  { name: 'recording-notice', access: 'protected' },
  { name: 'voicemail', access: 'protected' },
  { name: 'voicemail-saved', access: 'protected' },
  { name: 'sms', access: 'protected' },
  { name: 'call-rules', access: 'private' },
  { name: 'dial-rules', access: 'private' },
  { name: 'auto-reply', access: 'private' },
  { name: 'team-rules', access: 'private' },
] as const satisfies readonly { name: string; access: RoutingFunctionAccess }[];

/**
 * The npm packages the Functions require, which Twilio installs in the Build. The same as in
 * assets/twilio-functions/package.json, and the version Dialtone itself runs (the lab's twilio-run uses it).
 */
export const routingDependencies: Readonly<Record<string, string>> = Object.freeze({ 'libphonenumber-js': '1.13.16' });

export async function loadRoutingFunctions(assetsDir: string): Promise<RoutingFunction[]> {
  const folder = join(assetsDir, 'twilio-functions', 'functions');
  return Promise.all(
    routingFunctionFiles.map(async ({ name, access }) => {
      try {
        const content = await readFile(join(folder, `${name}.${access}.js`));
        return { name, path: `/${name}`, access, content };
      } catch (error) {
        throw new TwilioProblemError(
          problemInWords(words('setup.routingFileMissing', { name }), words('setup.reinstallAdvice')),
          { cause: error },
        );
      }
    }),
  );
}
