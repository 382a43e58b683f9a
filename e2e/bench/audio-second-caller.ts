import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBaresip, type LabBaresip } from '../lab/baresip';
import type { LabKamailio } from '../lab/kamailio';
import { startLinphone, type LabLinphone } from '../lab/linphone';
import { heardShare } from '../support/call-lab';
import { pssMb, rssMb, processTree } from './audio-proc';

/**
 * linphonec (Debian linphone-cli) as a second caller on the bench's Kamailio, over TLS as Dialtone's
 * account is, in a call of its own to a second auto-answering baresip, "carol": both play a tone and
 * record what they hear, so the call is checked to carry audio both ways. Its CPU and memory are read
 * from /proc as the bench reads Dialtone's: linphonec and its descendants (liblinphone runs its media in
 * threads, so there are usually none), not the `script` pseudo-terminal the lab runs it under.
 */
export interface SecondCaller {
  linphonecPid: number;
  /** Dials carol and resolves once linphonec's media streams run and carol has answered (one call per caller). */
  call(): Promise<void>;
  /** CPU ms of linphonec's process tree so far. */
  cpuMs(): number;
  /** RSS and PSS of linphonec's process tree now, in MB (PSS undefined where /proc has none). */
  memory(): { rssMb: number; pssMb: number | undefined };
  /** Hangs up and returns the share of the other side's tone each side heard. */
  hangUp(): Promise<{ linphonecHeard: number; carolHeard: number }>;
  stop(): Promise<void>;
}

const linphonecTone = 600;
const carolTone = 800;

/** Why linphonec cannot run here, or undefined if it is installed. */
export function linphonecUnavailableReason(): string | undefined {
  try {
    execFileSync('sh', ['-c', 'command -v linphonec'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'linphonec is not installed (Debian package linphone-cli)';
  }
}

export async function startSecondCaller(kamailio: LabKamailio): Promise<SecondCaller> {
  kamailio.addUser('lin', 'lin-secret');
  kamailio.addUser('carol', 'carol-secret');
  const started: { carol?: LabBaresip; lin?: LabLinphone } = {};
  const stop = async () => {
    await started.lin?.stop().catch(() => undefined);
    await started.carol?.stop().catch(() => undefined);
  };
  try {
    const carolStarting = startBaresip({
      name: 'carol',
      kamailio,
      user: 'carol',
      password: 'carol-secret',
      transport: 'tcp',
      tone: { frequency: carolTone },
    }).then((phone) => (started.carol = phone));
    const linStarting = startLinphone({
      name: 'lin',
      kamailio,
      user: 'lin',
      password: 'lin-secret',
      transport: 'tls',
      tone: { frequency: linphonecTone },
      answerMode: 'manual',
    }).then((phone) => (started.lin = phone));
    // Both settle before either's failure is thrown, so stop() ends whichever did start.
    await Promise.allSettled([carolStarting, linStarting]);
    const carol = await carolStarting;
    const lin = await linStarting;
    await Promise.all([carol.waitForRegistered(), lin.waitForRegistered()]);
    const tree = () => {
      const found = processTree(lin.pid);
      if (!found) throw new Error(`linphonec ${lin.pid} is gone:\n${lin.logs()}`);
      return found;
    };
    const sumOver = (read: (pid: number) => number | undefined) => {
      const values = tree().pids.map(read);
      return values.includes(undefined) ? undefined : values.reduce<number>((sum, value) => sum + value!, 0);
    };
    return {
      linphonecPid: lin.pid,
      async call() {
        const since = lin.events().length;
        await lin.ctrl.dial(carol.sipUri);
        await Promise.all([
          lin.waitForEvent((event) => event.type === 'streams-running' && lin.events().indexOf(event) >= since),
          carol.waitForEvent((event) => event.type === 'CALL_ESTABLISHED'),
        ]);
      },
      cpuMs: () => tree().cpuMs,
      memory() {
        const rss = sumOver(rssMb);
        if (rss === undefined) throw new Error(`linphonec ${lin.pid}: no VmRSS in /proc`);
        return { rssMb: rss, pssMb: sumOver(pssMb) };
      },
      async hangUp() {
        const closed = lin.callsClosed().length;
        await lin.ctrl.hangup();
        await carol.waitForEvent((event) => event.type === 'CALL_CLOSED');
        const deadline = Date.now() + 5_000;
        while (lin.callsClosed().length === closed) {
          if (Date.now() > deadline) throw new Error(`linphonec did not end its call in 5 s:\n${lin.logs()}`);
          await sleep(50);
        }
        return {
          linphonecHeard: await heardShare(lin, carolTone),
          carolHeard: await heardShare(carol, linphonecTone),
        };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
