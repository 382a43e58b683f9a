import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Runtime dependencies ship in node_modules (better-sqlite3 is native); everything else is bundled. */
const external = [
  'electron',
  /^electron\//,
  /^node:/,
  ...builtinModules,
  ...Object.keys(packageJson.dependencies).flatMap((name) => [name, new RegExp(`^${name}/`)]),
];

/** The main process: electron/main.ts -> dist/electron/main.js, an ES module for Node 22. */
export default defineConfig({
  root,
  publicDir: false,
  ssr: { noExternal: true },
  build: {
    ssr: 'electron/main.ts',
    outDir: 'dist/electron',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      external,
      output: { format: 'es', entryFileNames: 'main.js' },
    },
  },
});
