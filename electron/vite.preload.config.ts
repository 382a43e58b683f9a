import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The preload: electron/preload/preload.ts -> dist/electron/preload.cjs. A sandboxed preload can be
 * neither an ES module nor require anything but 'electron', so everything else is inlined.
 * Runs after the main build, into the same folder, so it must not empty it.
 */
export default defineConfig({
  root,
  publicDir: false,
  ssr: { noExternal: true },
  build: {
    ssr: 'electron/preload/preload.ts',
    outDir: 'dist/electron',
    emptyOutDir: false,
    target: 'node24',
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'preload.cjs' },
    },
  },
});
