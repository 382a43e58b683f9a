import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TwilioProblemError } from './twilio-problem';

/** A routing Function shipped with Dialtone; always deployed as 'protected' (Twilio-signed requests only). */
export interface RoutingFunction {
  name: string;
  path: string;
  content: Buffer;
}

export const routingFunctionNames = ['outbound', 'inbound', 'voicemail', 'voicemail-saved', 'sms'] as const;

/**
 * The npm packages the Functions require, which Twilio installs in the Build. The same as in
 * assets/twilio-functions/package.json, and the version Dialtone itself runs (the lab's twilio-run uses it).
 */
export const routingDependencies: Readonly<Record<string, string>> = Object.freeze({ 'libphonenumber-js': '1.13.16' });

export async function loadRoutingFunctions(assetsDir: string): Promise<RoutingFunction[]> {
  const folder = join(assetsDir, 'twilio-functions', 'functions');
  return Promise.all(
    routingFunctionNames.map(async (name) => {
      try {
        const content = await readFile(join(folder, `${name}.protected.js`));
        return { name, path: `/${name}`, content };
      } catch (error) {
        throw new TwilioProblemError(
          {
            code: null,
            message: `Dialtone's call routing file "${name}" is missing`,
            whatToDo: 'The installation is damaged. Reinstall Dialtone, then try again.',
            moreInfo: null,
          },
          { cause: error },
        );
      }
    }),
  );
}
