import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('./web-preload.ts', import.meta.url));

/** Bundles the browser shell's window.dialtone implementation once per start, in memory. */
export async function bundleWebPreload(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('Bundling the browser shell preload produced no output');
  return output.text;
}
