import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fields of a package-lock.json v3 entry that tell whether a package ships with the app and builds code. */
type LockEntry = { dev?: boolean; hasInstallScript?: boolean };
type Lockfile = { packages: Record<string, LockEntry> };

export type NativeDependency = { path: string; reasons: string[] };

/** Packages whose only job is to build or load compiled addons. */
const addonLoaders = new Set(['node-gyp', 'node-gyp-build', 'prebuild-install', 'bindings', 'node-addon-api', 'nan']);

function compiledAddonFiles(dir: string): string[] {
  const found: string[] = [];
  const visit = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      // A nested node_modules holds other packages: the lockfile lists them on their own.
      if (entry.isDirectory() && entry.name !== 'node_modules') visit(join(current, entry.name));
      else if (entry.isFile() && entry.name.endsWith('.node')) found.push(join(current, entry.name));
    }
  };
  visit(dir);
  return found;
}

function reasonsFor(root: string, path: string, entry: LockEntry): string[] {
  const reasons: string[] = [];
  if (entry.hasInstallScript) reasons.push('it runs an install script');
  const dir = join(root, path);
  if (!existsSync(dir)) return reasons;
  if (existsSync(join(dir, 'binding.gyp')))
    reasons.push('it has a binding.gyp (node-gyp builds it for the Node that runs npm)');
  const addons = compiledAddonFiles(dir);
  if (addons.length > 0) reasons.push(`it ships compiled addons (${addons.length} .node files)`);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const loaders = Object.keys(manifest.dependencies ?? {}).filter((name) => addonLoaders.has(name));
  if (loaders.length > 0) reasons.push(`it depends on ${loaders.join(', ')}`);
  return reasons;
}

/**
 * Production dependencies (what electron-builder packs into the app) that need a native build.
 * npm builds those for the Node that runs it, never for Electron's ABI, so each one would fail
 * in the installed app unless something else builds it for Electron.
 */
export function findNativeDependencies(root: string): NativeDependency[] {
  const lockfile = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lockfile;
  return Object.entries(lockfile.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && entry.dev !== true)
    .map(([path, entry]) => ({ path, reasons: reasonsFor(root, path, entry) }))
    .filter((dependency) => dependency.reasons.length > 0);
}
