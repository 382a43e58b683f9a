import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { launchChromium, openWithFakeBackend, serveRenderer } from './contacts-render-page';
import { percentile } from './sip-relay-probe';

/**
 * The contacts list in Chromium with 100,000 generated contacts behind a fake window.dialtone
 * (contacts-render-fake-api.ts), so only the renderer is measured:
 * - contactsFirstRenderMs: from clicking Contacts in the navigation until the first rows are
 *   painted (a frame after they are in the DOM), median of several page loads;
 * - scrollFrameP95Ms: the 95th percentile of requestAnimationFrame intervals while the list
 *   scrolls fast (about 20 rows a frame), loading pages from the fake as it goes.
 * Targets: contactsFirstRenderMs < 200, scrollFrameP95Ms < 17. Figures are JSON on stdout's last line.
 */
export interface ContactsRenderFigures {
  contacts: number;
  contactsFirstRenderMs: number;
  scrollFrameP95Ms: number;
}

// No named functions inside page.evaluate: tsx would wrap them in a __name() helper the page does not have.

/** In the page: clicks Contacts and resolves with the milliseconds until a row has been painted. */
function timeFirstRows(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('nav button')].find((element) =>
      element.textContent?.startsWith('Contacts'),
    );
    if (!button) throw new Error('No Contacts button in the navigation');
    const started = performance.now();
    button.click();
    while (!document.querySelector('[role="option"] .contact-row__name')) {
      await new Promise((done) => requestAnimationFrame(done));
      if (performance.now() - started > 10_000) throw new Error('No contact rows after 10 s');
    }
    // The rows are in the coming frame; the timeout runs once that frame has been produced.
    await new Promise((done) => requestAnimationFrame(done));
    await new Promise((done) => setTimeout(done, 0));
    return performance.now() - started;
  });
}

/** In the page: scrolls the list by `step` px each frame for `frames` frames; the frame intervals. */
function scrollFrameTimes(page: Page, frames: number, step: number): Promise<number[]> {
  return page.evaluate(
    async ({ frames, step }) => {
      const list = document.querySelector<HTMLElement>('[role="listbox"]');
      if (!list) throw new Error('No contacts list');
      const intervals: number[] = [];
      let last = await new Promise<number>((done) => requestAnimationFrame(done));
      for (let frame = 0; frame < frames; frame++) {
        list.scrollTop += step;
        const now = await new Promise<number>((done) => requestAnimationFrame(done));
        intervals.push(now - last);
        last = now;
      }
      return intervals.slice(2);
    },
    { frames, step },
  );
}

export async function measureContactsRender(
  rendererDir: string,
  { contacts = 100_000, runs = 5, scrollFrames = 240 } = {},
): Promise<ContactsRenderFigures> {
  const server = await serveRenderer(rendererDir);
  const browser = await launchChromium();
  try {
    const firstRender: number[] = [];
    const frameTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await openWithFakeBackend(browser, server.url, { contacts });
      // Let start-up settle, as a person would look at the dialer before moving on.
      await page.waitForTimeout(300);
      firstRender.push(await timeFirstRows(page));
      await page.locator('[role="option"]').first().waitFor();
      frameTimes.push(...(await scrollFrameTimes(page, scrollFrames, 1_150)));
      await page.close();
    }
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      contacts,
      contactsFirstRenderMs: round(percentile(firstRender, 50)),
      scrollFrameP95Ms: round(percentile(frameTimes, 95)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rendererDir = resolve(process.env.DIALTONE_RENDERER_DIR ?? 'dist/renderer');
  const figures = await measureContactsRender(rendererDir, {
    contacts: Number(process.env.BENCH_CONTACTS ?? 100_000),
    runs: Number(process.env.BENCH_RUNS ?? 5),
  });
  console.log(JSON.stringify(figures));
}
