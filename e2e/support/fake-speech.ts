import type { Page } from '@playwright/test';

/** What the page asked the fake to say. */
export interface SpokenUtterance {
  text: string;
  lang: string;
  voice: string | null;
}

/**
 * Gives the page's next loads a speechSynthesis with two voices (US and UK English) that keeps what it is asked
 * to say and finishes when told: Debian's Chromium here has no voices, so Listen's playing path needs one.
 */
export async function installFakeSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const voices = [
      { name: 'Fake US', lang: 'en-US', default: true, localService: true, voiceURI: 'fake-us' },
      { name: 'Fake UK', lang: 'en-GB', default: false, localService: true, voiceURI: 'fake-uk' },
    ];
    type Utterance = EventTarget & { text: string; lang: string; voice: { name: string } | null };
    const spoken: Utterance[] = [];
    class FakeUtterance extends EventTarget {
      lang = '';
      voice: { name: string } | null = null;
      constructor(public text: string) {
        super();
      }
    }
    const synthesis = Object.assign(new EventTarget(), {
      getVoices: () => voices,
      speak: (utterance: Utterance) => spoken.push(utterance),
      cancel: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.assign(window, {
      fakeSpeech: {
        spoken: () => spoken.map(({ text, lang, voice }) => ({ text, lang, voice: voice?.name ?? null })),
        finish: () => spoken.at(-1)?.dispatchEvent(new Event('end')),
      },
    });
  });
}

interface FakeSpeechWindow {
  fakeSpeech: { spoken(): SpokenUtterance[]; finish(): void };
}

export const spokenSoFar = (page: Page): Promise<SpokenUtterance[]> =>
  page.evaluate(() => (window as unknown as FakeSpeechWindow).fakeSpeech.spoken());

export const finishSpeaking = (page: Page): Promise<void> =>
  page.evaluate(() => (window as unknown as FakeSpeechWindow).fakeSpeech.finish());
