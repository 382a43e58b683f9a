import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import { invokeInPage, waitForCallAudio, waitForCallEvent } from '../support/call-page';
import { chromiumProcesses } from './audio-cpu';
import { pssMb, rssMb } from './audio-proc';
import type { AudioProbe } from './audio-relay-probe';

/**
 * Memory of the app from /proc. The backend runs inside this bench process, so "main" here is the
 * bench process: the backend plus Playwright's client, tsx and the lab's controllers (an upper bound
 * of what the backend alone would hold). Chromium is every process of the browser Playwright launched
 * for the page: browser, renderers, GPU, network and audio services, zygotes.
 */
export interface AppMemory {
  mainPssMb: number;
  chromiumPssMb: number;
  chromiumProcesses: number;
}

/** PSS of main and of every Chromium process now; undefined if some process has no PSS to read. */
export function appMemory(): AppMemory | undefined {
  const main = pssMb(process.pid);
  const chromium = [...chromiumProcesses().keys()].map(pssMb);
  if (main === undefined || chromium.length === 0 || chromium.includes(undefined)) return undefined;
  return {
    mainPssMb: main,
    chromiumPssMb: chromium.reduce<number>((sum, mb) => sum + mb!, 0),
    chromiumProcesses: chromium.length,
  };
}

/** Main's RSS, with its JS heap and memory outside it (Buffers, native), and the page's renderers' RSS, in MB. */
export interface ResidentMemory {
  mainMb: number;
  mainHeapMb: number;
  mainExternalMb: number;
  /** Summed over the renderer processes: the page's and the spare one Chromium keeps. */
  rendererMb: number;
}

/** Memory of main and of the page's renderer processes, after GC in both. */
async function residentAfterGc(page: Page): Promise<ResidentMemory> {
  await sleep(500); // media sockets and the page's peer connection close asynchronously after a call ends
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
  } finally {
    await cdp.detach();
  }
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  const renderers = [...chromiumProcesses()].flatMap(([pid, role]) => (role === 'renderer' ? [pid] : []));
  const rendererMb = renderers.map(rssMb).reduce<number>((sum, mb) => sum + (mb ?? 0), 0);
  const main = process.memoryUsage();
  const mb = (bytes: number) => bytes / 2 ** 20;
  return { mainMb: mb(main.rss), mainHeapMb: mb(main.heapUsed), mainExternalMb: mb(main.external), rendererMb };
}

/**
 * Resident-set growth of main and of the page's renderer over `calls` calls to `target` (an
 * auto-answering far end), each with `talkMs` of audio both ways, the whole audio path included.
 * The page's test hooks (call-page.ts keeps every peer connection and call event) are emptied after
 * each call, so they do not count as growth.
 */
export async function measureCallGrowth(
  page: Page,
  probe: AudioProbe,
  { target, calls, talkMs }: { target: string; calls: number; talkMs: number },
): Promise<{ before: ResidentMemory; after: ResidentMemory }> {
  if (!globalThis.gc) throw new Error('Run the bench with --expose-gc: RSS growth needs a GC before each reading');
  const frames = { toCall: 0, fromCall: 0 };
  const stopCounting = probe.observe({ fromBridge: () => frames.toCall++, toBridge: () => frames.fromCall++ });
  try {
    const before = await residentAfterGc(page);
    for (let i = 0; i < calls; i++) {
      const dialled = await invokeInPage(page, 'calls:dial', { target });
      await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'connected');
      await waitForCallAudio(page);
      frames.toCall = frames.fromCall = 0;
      await sleep(talkMs);
      // 20 ms frames: at least half of them each way, or this call did not carry audio both ways.
      const least = talkMs / 20 / 2;
      if (frames.toCall < least || frames.fromCall < least) {
        throw new Error(
          `Call ${i + 1} of ${calls}: ${frames.toCall} frames to the call, ${frames.fromCall} from it in ${talkMs} ms`,
        );
      }
      await invokeInPage(page, 'calls:hang-up', { callId: dialled.id });
      await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'ended');
      await page.evaluate(() => {
        const hooks = window as unknown as { __peers: unknown[]; __callEvents: unknown[] };
        hooks.__peers.length = 0;
        hooks.__callEvents.length = 0;
      });
    }
    return { before, after: await residentAfterGc(page) };
  } finally {
    stopCounting();
  }
}
