import type { Page } from '@playwright/test';
import type { ShellProcess } from './shell-process';
import {
  buyFirstNumber,
  connectTwilio,
  continueToNumbers,
  expect,
  expectLineReady,
  fullAccount,
  openWizard,
  searchNumbers,
  startSetup,
} from './setup-wizard';
import type { TwilioLab } from './twilio-lab';

/*
 * Voicemail and messages specs: a Twilio phone line made through the wizard against the double,
 * and what the page plays through the voicemail player, recorded for analysis.
 */

export interface TwilioLine {
  number: string;
  /** Where bob calls to ring Dialtone: the SIP user the setup made on the lab registrar. */
  sipUri: string;
}

/** Runs the setup wizard to the end (a bought 512 number) and lands on the dialer. */
export async function setUpTwilioLine(page: Page, shell: ShellProcess, twilio: TwilioLab): Promise<TwilioLine> {
  await openWizard(page, shell);
  await connectTwilio(page, { sid: fullAccount.sid, token: fullAccount.authToken });
  await continueToNumbers(page);
  await searchNumbers(page, { areaCode: '512' });
  await buyFirstNumber(page);
  await startSetup(page);
  await expectLineReady(page);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialer' })).toBeVisible();
  const state = twilio.double.state();
  const credential = state.credentials[0]!;
  return {
    number: state.numbers[0]!.phoneNumber,
    sipUri: `sip:${credential.username}@${state.domains[0]!.domainName}`,
  };
}

/**
 * What the page's <audio> element plays, captured from the element itself (captureStream) for
 * `seconds`, as 16-bit samples at the capturing context's rate.
 */
export async function recordPlayedAudio(page: Page, seconds: number): Promise<{ rate: number; samples: Int16Array }> {
  const captured = await page.evaluate(async (duration) => {
    const element = document.querySelector('audio') as (HTMLAudioElement & { captureStream(): MediaStream }) | null;
    if (!element) throw new Error('No audio element on the page');
    const context = new AudioContext();
    const source = context.createMediaStreamSource(element.captureStream());
    const recorder = context.createScriptProcessor(4096, 1, 1);
    const silent = context.createGain();
    silent.gain.value = 0;
    const chunks: number[] = [];
    recorder.onaudioprocess = (event) => {
      for (const sample of event.inputBuffer.getChannelData(0)) chunks.push(Math.round(sample * 32767));
    };
    source.connect(recorder);
    recorder.connect(silent);
    silent.connect(context.destination);
    await new Promise((resolve) => setTimeout(resolve, duration * 1000));
    recorder.disconnect();
    await context.close();
    return { rate: context.sampleRate, samples: chunks };
  }, seconds);
  return { rate: captured.rate, samples: Int16Array.from(captured.samples) };
}
