import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRoutingFunctions, routingDependencies, routingFunctionFiles } from './routing-functions';
import { TwilioProblemError } from './twilio-problem';

const folders: string[] = [];
async function assets(files: readonly { name: string; access: string }[]) {
  const dir = await mkdtemp(join(tmpdir(), 'dialtone-fns-'));
  folders.push(dir);
  const functions = join(dir, 'twilio-functions', 'functions');
  await mkdir(functions, { recursive: true });
  for (const { name, access } of files) await writeFile(join(functions, `${name}.${access}.js`), `// ${name}\n`);
  return dir;
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('loadRoutingFunctions', () => {
  it('reads the protected Functions and the private one they share, with their paths', async () => {
    const functions = await loadRoutingFunctions(await assets(routingFunctionFiles));
    expect(functions.map(({ name, path, access }) => [name, path, access])).toEqual([
      ['outbound', '/outbound', 'protected'],
      ['inbound', '/inbound', 'protected'],
      ['forward', '/forward', 'protected'],
      ['transfer', '/transfer', 'protected'],
      ['menu', '/menu', 'protected'],
      ['recording-notice', '/recording-notice', 'protected'],
      ['voicemail', '/voicemail', 'protected'],
      ['voicemail-saved', '/voicemail-saved', 'protected'],
      ['sms', '/sms', 'protected'],
      ['call-rules', '/call-rules', 'private'],
      ['dial-rules', '/dial-rules', 'private'],
      ['auto-reply', '/auto-reply', 'private'],
      ['team-rules', '/team-rules', 'private'],
    ]);
    expect(functions[6]!.content.toString()).toBe('// voicemail\n');
  });

  it('says the installation is damaged when one is missing', async () => {
    const dir = await assets(routingFunctionFiles.filter(({ name }) => name !== 'sms'));
    const failure = await loadRoutingFunctions(dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TwilioProblemError);
    expect((failure as TwilioProblemError).problem.message).toMatch(/"sms" is missing/);
    expect((failure as TwilioProblemError).problem.whatToDo).toMatch(/installation is damaged/);
  });

  it('loads the Functions shipped in assets/', async () => {
    const functions = await loadRoutingFunctions(join(import.meta.dirname, '..', '..', 'assets'));
    expect(functions).toHaveLength(routingFunctionFiles.length);
  });
});

describe('routingDependencies', () => {
  const root = join(import.meta.dirname, '..', '..');
  const dependenciesOf = async (file: string) =>
    (JSON.parse(await readFile(join(root, file), 'utf8')) as { dependencies: Record<string, string> }).dependencies;

  it('are what assets/twilio-functions/package.json declares, so a manual deploy builds the same', async () => {
    expect(routingDependencies).toEqual(await dependenciesOf('assets/twilio-functions/package.json'));
  });

  it('are the versions Dialtone itself uses, which the lab’s twilio-run runs the Functions with', async () => {
    const own = await dependenciesOf('package.json');
    for (const [name, version] of Object.entries(routingDependencies)) expect(own[name]).toBe(version);
  });
});
