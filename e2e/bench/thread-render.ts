import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { launchChromium, openWithFakeBackend, serveRenderer } from './contacts-render-page';
import { percentile } from './sip-relay-probe';
import { longThreadName } from './thread-render-fake-messages';

/**
 * The Messages view in Chromium with a 10,000-message conversation behind the fake window.dialtone
 * (thread-render-fake-messages.ts, paged as main pages it), so only the renderer is measured:
 * - threadFirstRenderMs: from clicking the conversation until its newest message is painted (a frame
 *   after it is in the DOM), median of several page loads;
 * - threadScrollFrameP95Ms: the 95th percentile of requestAnimationFrame intervals while the thread
 *   scrolls up fast (about 15 bubbles a frame), loading older pages of 500 from the fake as it goes.
 * Targets: threadFirstRenderMs < 200, threadScrollFrameP95Ms < 17.
 */
export interface ThreadRenderFigures {
  threadMessages: number;
  threadFirstRenderMs: number;
  threadScrollFrameP95Ms: number;
}

// No named functions inside page.evaluate: tsx would wrap them in a __name() helper the page does not have.

/** In the page: opens the conversation with `name`; the milliseconds until its newest message has been painted. */
function timeFirstBubbles(page: Page, name: string): Promise<number> {
  return page.evaluate(async (name) => {
    const row = [...document.querySelectorAll<HTMLButtonElement>('button.conversation-row')].find((element) =>
      element.textContent?.includes(name),
    );
    if (!row) throw new Error(`No conversation with ${name}`);
    const started = performance.now();
    row.click();
    while (
      ![...document.querySelectorAll('.message-thread [role="listitem"]')].some(
        (item) => item.getAttribute('aria-posinset') === item.getAttribute('aria-setsize'),
      )
    ) {
      await new Promise((done) => requestAnimationFrame(done));
      if (performance.now() - started > 10_000) throw new Error('The newest message was not drawn after 10 s');
    }
    // The bubbles are in the coming frame; the timeout runs once that frame has been produced.
    await new Promise((done) => requestAnimationFrame(done));
    await new Promise((done) => setTimeout(done, 0));
    return performance.now() - started;
  }, name);
}

/** The thread's newest page, as the Messages view loads it first (the thread slice's page size). */
const newestPage = 100;

/** In the page: scrolls the thread up by `step` px each frame for `frames` frames; the frame intervals and messages loaded by then. */
function scrollUpFrameTimes(
  page: Page,
  frames: number,
  step: number,
): Promise<{ intervals: number[]; loaded: number }> {
  return page.evaluate(
    async ({ frames, step }) => {
      const thread = document.querySelector<HTMLElement>('.message-thread');
      if (!thread) throw new Error('No message thread');
      const intervals: number[] = [];
      let last = await new Promise<number>((done) => requestAnimationFrame(done));
      for (let frame = 0; frame < frames; frame++) {
        thread.scrollTop -= step;
        const now = await new Promise<number>((done) => requestAnimationFrame(done));
        intervals.push(now - last);
        last = now;
      }
      const loaded = Number(thread.querySelector('[role="listitem"]')?.getAttribute('aria-setsize') ?? 0);
      return { intervals: intervals.slice(2), loaded };
    },
    { frames, step },
  );
}

export async function measureThreadRender(
  rendererDir: string,
  { messages = 10_000, runs = 5, scrollFrames = 240 } = {},
  progress: (line: string) => void = () => undefined,
): Promise<ThreadRenderFigures> {
  const server = await serveRenderer(rendererDir);
  const browser = await launchChromium();
  try {
    const firstRender: number[] = [];
    const frameTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await openWithFakeBackend(browser, server.url, { contacts: 200, threadMessages: messages });
      await page
        .getByRole('navigation')
        .getByRole('button', { name: /^Messages/ })
        .click();
      await page.locator('button.conversation-row').first().waitFor();
      // Let the view settle, as a person would look at the conversations before opening one.
      await page.waitForTimeout(300);
      firstRender.push(await timeFirstBubbles(page, longThreadName));
      const scrolled = await scrollUpFrameTimes(page, scrollFrames, 1_150);
      frameTimes.push(...scrolled.intervals);
      progress(`thread run ${run + 1}: ${scrolled.loaded} of ${messages} messages loaded after ${scrollFrames} frames`);
      // Frames of a thread that stopped loading older pages are idle frames: their figure would flatter.
      if (messages > newestPage && scrolled.loaded <= newestPage) {
        throw new Error(`Scrolling up loaded no older messages (${scrolled.loaded} of ${messages})`);
      }
      await page.close();
    }
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      threadMessages: messages,
      threadFirstRenderMs: round(percentile(firstRender, 50)),
      threadScrollFrameP95Ms: round(percentile(frameTimes, 95)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rendererDir = resolve(process.env.DIALTONE_RENDERER_DIR ?? 'dist/renderer');
  const figures = await measureThreadRender(
    rendererDir,
    { messages: Number(process.env.BENCH_THREAD ?? 10_000), runs: Number(process.env.BENCH_RUNS ?? 5) },
    (line) => process.stderr.write(`${line}\n`),
  );
  console.log(JSON.stringify(figures));
}
