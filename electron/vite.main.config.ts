import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const appModule = fileURLToPath(new URL('main.ts', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Runtime dependencies ship in node_modules; everything else is bundled. */
const external = [
  'electron',
  /^electron\//,
  /^node:/,
  ...builtinModules,
  ...Object.keys(packageJson.dependencies).flatMap((name) => [name, new RegExp(`^${name}/`)]),
];

/**
 * The bootstrap must load whatever is wrong with the installation, so it may import only Electron
 * and Node's builtins; and it awaits the app at its top level, so a chunk importing it back would
 * wait for it forever and Dialtone would hang at start. A module both sides import breaks one or
 * the other, depending on where the bundler puts it.
 */
const bootstrapStandsAlone: Plugin = {
  name: 'dialtone-bootstrap-stands-alone',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
    const bootstrap = chunks.find((chunk) => chunk.isEntry);
    const isBuiltin = (id: string) => id === 'electron' || id.startsWith('node:') || builtinModules.includes(id);
    const outsiders = bootstrap?.imports.filter((id) => !isBuiltin(id)) ?? [];
    const importers = chunks.filter((chunk) => chunk !== bootstrap && chunk.imports.includes('main.js'));
    if (outsiders.length > 0 || importers.length > 0) {
      const links = [
        ...outsiders.map((id) => `main.js imports ${id}`),
        ...importers.map((chunk) => `${chunk.fileName} imports main.js`),
      ];
      this.error(
        `${links.join('; ')}. main.js (electron/bootstrap.ts) may import only 'electron' and Node's builtins, ` +
          'and nothing may import it: import each module from the bootstrap (and electron/start-failure/) or ' +
          'from the app (electron/main.ts), never from both.',
      );
    }
  },
};

/**
 * The main process, an ES module for Electron 45's Node 24: electron/bootstrap.ts -> dist/electron/main.js
 * (package.json "main"), which loads electron/main.ts -> dist/electron/app.js. app.js stays in
 * dist/electron: it finds preload.cjs and ../renderer through import.meta.dirname.
 */
export default defineConfig({
  root,
  publicDir: false,
  ssr: { noExternal: true },
  plugins: [bootstrapStandsAlone],
  build: {
    ssr: 'electron/bootstrap.ts',
    outDir: 'dist/electron',
    emptyOutDir: true,
    target: 'node24',
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      external,
      output: {
        format: 'es',
        entryFileNames: 'main.js',
        chunkFileNames: (chunk) => (chunk.facadeModuleId === appModule ? 'app.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
