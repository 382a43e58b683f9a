import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startPulseAudio, type LabPulseAudio } from '../lab/pulseaudio';
import { startCallLab, type CallLab } from '../support/call-lab';
import { echoOffMinRms, measureEchoCancellation, setUpEchoRoom, type EchoTiming } from '../support/echo-measure';
import { pulseLaunchOptions } from '../support/pulse-call';
import { startBenchShell } from './audio-bench-shell';
import { progress, round, unmeasured } from './audio-progress';
import type { BenchFigures } from './bench-figures';

/**
 * echoReturnLossEnhancementDb as audio-devices.spec.ts measures it (support/echo-measure.ts), on a
 * set of its own: a PulseAudio daemon with speakers and a room microphone hearing them, a call lab
 * whose bob talks (speech-like noise), the bench's backend and browser shell, and Chromium on
 * PulseAudio instead of its fake devices. Nothing of the bench's other phases runs meanwhile.
 */

type EchoCancellationFigureKey = 'echoReturnLossEnhancementDb' | 'echoOffRms' | 'echoOnRms' | 'echoNearEndChangeDb';
export type EchoCancellationFigures = Pick<BenchFigures<'audio'>, EchoCancellationFigureKey>;

/** Why the PulseAudio lab cannot run here, or undefined if its programs are installed. */
function pulseAudioUnavailableReason(): string | undefined {
  for (const [program, debianPackage] of [
    ['pulseaudio', 'pulseaudio'],
    ['pactl', 'pulseaudio-utils'],
  ] as const) {
    try {
      execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    } catch {
      return `${program} is not installed (Debian package ${debianPackage})`;
    }
  }
  return undefined;
}

/** Both calls (echo cancellation off, then on) and the figures; null figures where PulseAudio is missing. */
export async function measureEchoCancellationPhase(timing: EchoTiming): Promise<EchoCancellationFigures> {
  const missing = pulseAudioUnavailableReason();
  if (missing) {
    return {
      echoReturnLossEnhancementDb: unmeasured('echoReturnLossEnhancementDb', missing),
      echoOffRms: unmeasured('echoOffRms', missing),
      echoOnRms: unmeasured('echoOnRms', missing),
      echoNearEndChangeDb: unmeasured('echoNearEndChangeDb', missing),
    };
  }
  progress(
    `echo cancellation: Dialtone on PulseAudio speakers heard by a room microphone, bob talking; ` +
      `calls with it off then on, the person talking ${timing.talkSeconds} s, then ${timing.tailSeconds} s of bob's echo measured`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'dialtone-echo-bench-'));
  mkdirSync(join(dir, 'data'), { mode: 0o700 });
  const started: {
    pulse?: LabPulseAudio;
    lab?: CallLab;
    shell?: Awaited<ReturnType<typeof startBenchShell>>;
    browser?: Browser;
  } = {};
  try {
    const starting = [
      startPulseAudio().then((pulse) => (started.pulse = pulse)),
      startCallLab({ speechLike: true }).then((lab) => (started.lab = lab)),
      startBenchShell(join(dir, 'data')).then((shell) => (started.shell = shell)),
    ] as const;
    // All settle before any failure is thrown, so `finally` stops whichever did start.
    await Promise.allSettled(starting);
    const [pulse, lab, shell] = await Promise.all(starting);
    const browser = (started.browser = await chromium.launch({ ...pulseLaunchOptions(pulse), headless: true }));
    const page = await browser.newPage();
    const room = await setUpEchoRoom(page, shell, lab, pulse);
    const { off, on, echoReturnLossEnhancementDb, nearEndChangeDb } = await measureEchoCancellation(
      page,
      lab,
      pulse,
      room,
      timing,
    );
    progress(
      `bob hears (RMS) himself ${off.echoRms} with echo cancellation off, ${on.echoRms} on: ` +
        `ERLE ${round(echoReturnLossEnhancementDb)} dB; the person in the room ${off.nearEndRms} off, ` +
        `${on.nearEndRms} on (${round(nearEndChangeDb)} dB)`,
    );
    if (off.echoRms <= echoOffMinRms || off.nearEndRms <= echoOffMinRms) {
      throw new Error(
        `With echo cancellation off bob heard himself at RMS ${off.echoRms} and the room at ${off.nearEndRms}: the room did not carry the sound`,
      );
    }
    return {
      echoReturnLossEnhancementDb: round(echoReturnLossEnhancementDb),
      echoOffRms: off.echoRms,
      echoOnRms: on.echoRms,
      echoNearEndChangeDb: round(nearEndChangeDb),
    };
  } finally {
    await started.browser?.close().catch(() => undefined);
    await started.shell?.stop().catch(() => undefined);
    await started.lab?.stop().catch(() => undefined);
    await started.pulse?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}
