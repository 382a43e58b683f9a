import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { allMigrations } from '../db/migrations/all-migrations';
import { openDatabase } from '../db/open-database';
import { describeStartFailure } from './start-failure';
import {
  appPackage,
  brokenNativePackage,
  createBrokenInstall,
  importError,
  missingPackage,
} from './start-failure-test-kit';

const install = createBrokenInstall();
afterAll(() => install.remove());
const logFile = '/home/ada/.config/Dialtone/logs/start-failure.log';

describe('describeStartFailure', () => {
  it('a package missing from node_modules (ES module import): reinstall, naming the package', async () => {
    const error = await importError(install.moduleImporting(`${missingPackage}/lib/index.js`));
    expect(error).toMatchObject({ code: 'ERR_MODULE_NOT_FOUND' });

    const failure = describeStartFailure(error, logFile);
    expect(failure).toMatchObject({
      kind: 'missing-module',
      title: 'Dialtone is not installed completely',
      fields: { kind: 'missing-module', error: 'Error', code: 'ERR_MODULE_NOT_FOUND', module: missingPackage },
    });
    expect(failure.message).toContain(`"${missingPackage}"`);
    expect(failure.message).toContain('Reinstall Dialtone');
  });

  it('a file missing inside a package: names the package, not the folders it was looked for in', async () => {
    const failure = describeStartFailure(await importError(install.moduleImporting('./chunk.js')), logFile);
    expect(failure).toMatchObject({ kind: 'missing-module', fields: { module: appPackage } });
    expect(failure.message).not.toContain(install.dir);
  });

  it('a package missing for require() (MODULE_NOT_FOUND)', () => {
    let error: unknown;
    try {
      createRequire(join(install.dir, 'index.cjs'))(missingPackage);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toMatchObject({ code: 'MODULE_NOT_FOUND' });
    expect(describeStartFailure(error, logFile)).toMatchObject({
      kind: 'missing-module',
      fields: { module: missingPackage },
    });
  });

  it('a native module that cannot be loaded: reinstall or report, naming its package', () => {
    const error = install.nativeLoadError();
    expect(error).toMatchObject({ code: 'ERR_DLOPEN_FAILED' });

    const failure = describeStartFailure(error, logFile);
    expect(failure).toMatchObject({ kind: 'native-module', fields: { module: brokenNativePackage } });
    expect(failure.message).toContain('Reinstall Dialtone');
    expect(failure.message).toContain(`report it to the Dialtone developers and mention "${brokenNativePackage}"`);
  });

  it('a native module built for another Electron (NODE_MODULE_VERSION), worded as Node words it', () => {
    const file =
      '/opt/Dialtone/resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    const error = Object.assign(
      new Error(
        `The module '${file}'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 127. ` +
          'This version of Node.js requires\nNODE_MODULE_VERSION 140. Please try re-compiling or re-installing\n' +
          'the module (for instance, using `npm rebuild` or `npm install`).',
      ),
      { code: 'ERR_DLOPEN_FAILED' },
    );
    const failure = describeStartFailure(error, logFile);
    expect(failure).toMatchObject({ kind: 'native-module', fields: { module: 'better-sqlite3' } });
    expect(failure.message).toContain('built for a different version of Electron');
  });

  it('a database written by a newer Dialtone: the refusal’s own message, which says what to do', () => {
    const file = join(install.dir, 'dialtone.sqlite');
    const future = new DatabaseSync(file);
    future.exec(`PRAGMA user_version = ${allMigrations.length + 1}`);
    future.close();
    let error: unknown;
    try {
      openDatabase(file).close();
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toMatchObject({ name: 'DatabaseOpenError', problem: 'too-new' });

    expect(describeStartFailure(error, logFile)).toEqual({
      kind: 'database',
      title: 'Dialtone cannot open its data',
      message: (error as Error).message,
      fields: expect.objectContaining({ kind: 'database', error: 'DatabaseOpenError' }),
    });
  });

  it('anything else: what kind of error and where the log is, never the error’s own words', () => {
    const secret = 'https://AC0123:auth-token-1234@api.twilio.com';
    const error = Object.assign(new Error(`connect failed for ${secret}`), { code: 'ECONNRESET' });

    const failure = describeStartFailure(error, logFile);
    expect(failure.kind).toBe('unexpected');
    expect(failure.message).toContain('(ECONNRESET)');
    expect(failure.message).toContain(`the log at ${logFile}`);
    expect(failure.fields.stack).toMatch(/^at /);
    expect(JSON.stringify(failure)).not.toContain('auth-token-1234');
  });

  it('a thrown value that is not an Error is still described', () => {
    expect(describeStartFailure('failed', logFile)).toMatchObject({
      kind: 'unexpected',
      fields: { error: 'string', code: undefined, stack: undefined },
    });
  });
});
