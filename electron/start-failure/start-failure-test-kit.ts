import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/*
 * Real module-loading failures, as Node reports them, from files in a temporary folder laid out
 * like an installation whose node_modules lost a package or holds a native module that cannot load.
 * The modules sit in node_modules because Vitest hands those to Node's own loader; it would run any
 * other module itself, and the error would be Vitest's copy.
 */

export const missingPackage = 'dialtone-missing-package';
export const brokenNativePackage = 'dialtone-native';
export const appPackage = 'dialtone-app';

export interface BrokenInstall {
  dir: string;
  /** Writes a module that imports specifier, as dist/electron/app.js imports its dependencies; its URL. */
  moduleImporting(specifier: string): string;
  /** Loads a .node file that is not a library at all: Node's own ERR_DLOPEN_FAILED. */
  nativeLoadError(): unknown;
  remove(): void;
}

export function createBrokenInstall(): BrokenInstall {
  const dir = mkdtempSync(join(tmpdir(), 'dialtone-start-failure-'));
  const appDir = join(dir, 'node_modules', appPackage);
  mkdirSync(appDir, { recursive: true });
  let modules = 0;
  return {
    dir,
    moduleImporting(specifier) {
      const file = join(appDir, `app-${++modules}.mjs`);
      writeFileSync(file, `import '${specifier}';\n`);
      return pathToFileURL(file).href;
    },
    nativeLoadError() {
      const file = join(dir, 'node_modules', brokenNativePackage, 'build', 'Release', 'dialtone_native.node');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, 'not a shared library');
      try {
        process.dlopen({ exports: {} }, file);
      } catch (error) {
        return error;
      }
      throw new Error(`${file} loaded, but it was written not to`);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function importError(url: string): Promise<unknown> {
  try {
    await import(/* @vite-ignore */ url);
  } catch (error) {
    return error;
  }
  throw new Error(`${url} loaded, but it was written not to`);
}
