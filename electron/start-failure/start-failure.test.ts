import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { allMigrations } from '../db/migrations/all-migrations';
import { openDatabase } from '../db/open-database';
import { appLanguages, preferredAppLanguage } from '../../shared/models/language';
import { describeStartFailure } from './start-failure';
import { startFailureText, systemDialogLanguage } from './start-failure-text';
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

    const failure = describeStartFailure(error, logFile, 'en');
    expect(failure).toMatchObject({
      kind: 'missing-module',
      title: 'Dialtone is not installed completely',
      fields: { kind: 'missing-module', error: 'Error', code: 'ERR_MODULE_NOT_FOUND', module: missingPackage },
    });
    expect(failure.message).toContain(`"${missingPackage}"`);
    expect(failure.message).toContain('Reinstall Dialtone');
  });

  it('a file missing inside a package: names the package, not the folders it was looked for in', async () => {
    const failure = describeStartFailure(await importError(install.moduleImporting('./chunk.js')), logFile, 'en');
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
    expect(describeStartFailure(error, logFile, 'en')).toMatchObject({
      kind: 'missing-module',
      fields: { module: missingPackage },
    });
  });

  it('a native module that cannot be loaded: reinstall or report, naming its package', () => {
    const error = install.nativeLoadError();
    expect(error).toMatchObject({ code: 'ERR_DLOPEN_FAILED' });

    const failure = describeStartFailure(error, logFile, 'en');
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
    const failure = describeStartFailure(error, logFile, 'en');
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

    expect(describeStartFailure(error, logFile, 'en')).toEqual({
      kind: 'database',
      title: 'Dialtone cannot open its data',
      message: (error as Error).message,
      fields: expect.objectContaining({ kind: 'database', error: 'DatabaseOpenError' }),
    });
    expect(describeStartFailure(error, logFile, 'fr').message).toBe(
      `La base de données de Dialtone (${file}) a été écrite par une version plus récente de Dialtone (schéma ` +
        `${allMigrations.length + 1} ; cette version connaît jusqu’au schéma ${allMigrations.length}). Elle n’a pas ` +
        'été modifiée : réinstallez la version plus récente de Dialtone.',
    );
  });

  it('a database that cannot be read: the same English as the refusal, and its words in each language', () => {
    const file = join(install.dir, 'unreadable.sqlite');
    const refusalOf = (content: string | null, version?: number) => {
      if (content !== null) writeFileSync(file, content);
      else {
        const db = new DatabaseSync(file);
        db.exec(`PRAGMA user_version = ${version}`);
        db.close();
      }
      try {
        openDatabase(file).close();
      } catch (error) {
        rmSync(file, { force: true });
        return error;
      }
      throw new Error('openDatabase accepted a database it should have refused');
    };
    const notSqlite = refusalOf('name,phone\nAda,+44 20 7946 0958\n');
    const sqliteWords = refusalOf('SQLite format 3\u0000' + 'x'.repeat(200));
    for (const error of [notSqlite, sqliteWords]) {
      expect(error).toMatchObject({ name: 'DatabaseOpenError', problem: 'corrupt' });
      expect(describeStartFailure(error, logFile, 'en').message).toBe((error as Error).message);
    }
    expect(describeStartFailure(notSqlite, logFile, 'de').message).toMatch(
      /^Die Datenbank von Dialtone unter .* kann nicht gelesen werden \(sie ist keine SQLite-Datenbank\)\. Sie wurde nicht verändert\./,
    );
    expect(describeStartFailure(notSqlite, logFile, 'es').message).toMatch(/\(no es una base de datos SQLite\)/);
    // SQLite's own words are passed on as they are, inside the sentence in the person's language.
    const detail = (sqliteWords as { facts: { detail: string } }).facts.detail;
    expect(describeStartFailure(sqliteWords, logFile, 'fr').message).toContain(`ne peut pas être lue (${detail})`);
    // Without its facts (an older build's error), the message is shown as it came.
    const bare = Object.assign(new Error('Written by a newer Dialtone.'), { name: 'DatabaseOpenError' });
    expect(describeStartFailure(bare, logFile, 'fr').message).toBe('Written by a newer Dialtone.');
  });

  it('anything else: what kind of error and where the log is, never the error’s own words', () => {
    const secret = 'https://AC0123:auth-token-1234@api.twilio.com';
    const error = Object.assign(new Error(`connect failed for ${secret}`), { code: 'ECONNRESET' });

    const failure = describeStartFailure(error, logFile, 'en');
    expect(failure.kind).toBe('unexpected');
    expect(failure.message).toContain('(ECONNRESET)');
    expect(failure.message).toContain(`the log at ${logFile}`);
    expect(failure.fields.stack).toMatch(/^at /);
    expect(JSON.stringify(failure)).not.toContain('auth-token-1234');
  });

  it('a thrown value that is not an Error is still described', () => {
    expect(describeStartFailure('failed', logFile, 'en')).toMatchObject({
      kind: 'unexpected',
      fields: { error: 'string', code: undefined, stack: undefined },
    });
  });

  it('speaks French, German and Spanish, naming the module and the log as in English', async () => {
    const missing = await importError(install.moduleImporting(missingPackage));
    expect(describeStartFailure(missing, logFile, 'fr')).toMatchObject({
      kind: 'missing-module',
      title: 'L’installation de Dialtone est incomplète',
      message: expect.stringMatching(
        new RegExp(`^Dialtone ne peut pas démarrer, car .*« ${missingPackage} ».*Réinstallez`),
      ),
    });
    const native = describeStartFailure(install.nativeLoadError(), logFile, 'de');
    expect(native.title).toBe('Dialtone kann einen seiner Bestandteile nicht laden');
    expect(native.message).toContain(`und nennen Sie dabei „${brokenNativePackage}“.`);
    const unexpected = describeStartFailure(Object.assign(new Error('x'), { code: 'ECONNRESET' }), logFile, 'es');
    expect(unexpected).toMatchObject({
      title: 'Dialtone no pudo iniciarse',
      message: `Algo salió mal al iniciar Dialtone (ECONNRESET). Reinícialo; si vuelve a ocurrir, reinstala Dialtone o informa del problema adjuntando el registro que está en ${logFile}.`,
    });
  });

  it('keeps its English words exactly, for every kind', async () => {
    const missing = describeStartFailure(await importError(install.moduleImporting(missingPackage)), logFile, 'en');
    expect(missing.message).toBe(
      `Dialtone cannot start because a part of it, "${missingPackage}", is missing from its installation. ` +
        'Reinstall Dialtone to repair it; your contacts, call history and settings are kept.',
    );
    const native = describeStartFailure(
      Object.assign(new Error('dlopen'), { code: 'ERR_DLOPEN_FAILED' }),
      logFile,
      'en',
    );
    expect(native).toMatchObject({
      title: 'Dialtone cannot load one of its parts',
      message:
        'Dialtone cannot start because one of its native modules was built for a different version of Electron, or ' +
        'for another system, or is damaged. Reinstall Dialtone to repair it; your contacts, call history and settings ' +
        'are kept. If this keeps happening, report it to the Dialtone developers.',
    });
    expect(describeStartFailure(new TypeError('x'), logFile, 'en').message).toBe(
      'Something went wrong while starting Dialtone (TypeError). Restart it; if this keeps happening, reinstall ' +
        `Dialtone, or report the problem with the log at ${logFile}.`,
    );
  });

  it('has every text in every language', () => {
    for (const language of appLanguages) {
      const text = startFailureText(language);
      const all = [
        text.databaseTitle,
        text.databaseTooNew('/d.sqlite', 9, 8),
        text.databaseUnreadable('/d.sqlite', { cause: 'not-sqlite' }),
        text.databaseUnreadable('/d.sqlite', { cause: 'damaged-pages' }),
        text.databaseUnreadable('/d.sqlite', { cause: 'bad-version', version: -1 }),
        text.databaseUnreadable('/d.sqlite', { cause: 'sqlite', detail: 'file is not a database' }),
        text.missingTitle,
        text.missing(undefined),
        text.missing('x'),
        text.nativeTitle,
        text.native(undefined),
        text.native('x'),
        text.unexpectedTitle,
        text.unexpected('E', '/log'),
      ];
      expect(all.filter((line) => line.trim() === '')).toEqual([]);
    }
  });

  it("picks the dialog's language from the system's as the app does, without sharing its module", () => {
    const systems = [
      ['fr-CA'],
      ['ja-JP', 'de-AT'],
      ['pt-BR'],
      [],
      ['ES_es', 'en'],
      ['en-XA'],
      ['__proto__', 'constructor'],
    ];
    for (const system of systems) {
      expect(systemDialogLanguage(system), system.join()).toBe(preferredAppLanguage('system', system));
    }
  });
});
