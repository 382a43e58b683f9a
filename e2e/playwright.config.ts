import { defineConfig } from '@playwright/test';
import { fakeMicrophoneWav } from './support/fake-microphone';

const chromium = process.env.DIALTONE_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../test-results',
  use: {
    headless: true,
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Call audio: a fake microphone playing 440 Hz, granted without a prompt, playing without a gesture.
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-audio-capture=${fakeMicrophoneWav()}`,
        '--autoplay-policy=no-user-gesture-required',
        // Without these Chromium gathers no 127.0.0.1 candidate, only mDNS names, and main's peer refuses the offer.
        '--allow-loopback-in-peer-connection',
        '--disable-features=WebRtcHideLocalIpsWithMdns',
      ],
    },
    trace: 'retain-on-failure',
  },
});
