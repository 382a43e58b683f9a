import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap, SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import type { CpuProfile } from './cpu-profile-summary';

/**
 * BENCH_CPU_PROFILE=DIR: V8 CPU profiles over the bench's measured call, of main (this process, through
 * node:inspector, as --cpu-prof would record it but only over the window) and of the page's main
 * thread (CDP Profiler). The profiler's sampling costs CPU too: the CPU figures of such a run are high.
 * The renderer bundle is minified; for readable page frames, serve one built with
 * `npx vite build --config renderer/vite.config.ts --minify false --sourcemap --outDir DIR` through
 * DIALTONE_RENDERER_DIR=DIR: frames are then mapped to renderer/ files through its .map files.
 */
export interface CpuProfiles {
  /** Stops both profilers and writes main.cpuprofile and page.cpuprofile into the folder; returns their paths. */
  stop(): Promise<{ main: string; page: string }>;
}

const samplingIntervalUs = 1000;

export async function startCpuProfiles(page: Page, dir: string, rendererDir: string): Promise<CpuProfiles> {
  const main = new Session();
  main.connect();
  await main.post('Profiler.enable');
  await main.post('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
  await Promise.all([main.post('Profiler.start'), cdp.send('Profiler.start')]);
  return {
    async stop() {
      const [{ profile: mainProfile }, { profile: pageProfile }] = await Promise.all([
        main.post('Profiler.stop'),
        cdp.send('Profiler.stop'),
      ]);
      main.disconnect();
      await cdp.detach();
      const paths = { main: join(dir, 'main.cpuprofile'), page: join(dir, 'page.cpuprofile') };
      const mainMaps = (url: string) => (url.startsWith('file://') ? findSourceMap(url) : undefined);
      writeFileSync(paths.main, JSON.stringify(toSourceLocations(mainProfile as CpuProfile, mainMaps)));
      writeFileSync(paths.page, JSON.stringify(toSourceLocations(pageProfile as CpuProfile, bundleMaps(rendererDir))));
      return paths;
    },
  };
}

/**
 * Maps each frame to its source file and line through `mapFor(url)`: tsx runs TypeScript as esbuild's
 * output, with source maps this process holds; the page runs the renderer bundle.
 */
function toSourceLocations(profile: CpuProfile, mapFor: (url: string) => SourceMap | undefined): CpuProfile {
  for (const { callFrame } of profile.nodes) {
    if (callFrame.url === '' || callFrame.lineNumber < 0) continue;
    const entry = mapFor(callFrame.url)?.findEntry(callFrame.lineNumber, callFrame.columnNumber);
    if (entry && 'originalLine' in entry) {
      callFrame.url = entry.originalSource;
      callFrame.lineNumber = entry.originalLine;
      callFrame.columnNumber = entry.originalColumn;
    }
  }
  return profile;
}

/** The source maps of the bundle files the page loaded from `rendererDir` (none for a build without them). */
function bundleMaps(rendererDir: string): (url: string) => SourceMap | undefined {
  const maps = new Map<string, SourceMap | undefined>();
  return (url) => {
    let path: string;
    try {
      path = resolve(rendererDir, `.${new URL(url).pathname}`);
    } catch {
      return undefined;
    }
    if (relative(rendererDir, path).startsWith('..')) return undefined;
    if (!maps.has(path)) {
      const mapPath = `${path}.map`;
      const payload = existsSync(mapPath)
        ? (JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMap['payload'])
        : undefined;
      // Vite names sources relative to the map: make them file URLs, as main's frames are.
      const sources = payload?.sources.map((source) => pathToFileURL(resolve(dirname(mapPath), source)).href);
      maps.set(path, payload && sources && new SourceMap({ ...payload, sources }));
    }
    return maps.get(path);
  };
}
