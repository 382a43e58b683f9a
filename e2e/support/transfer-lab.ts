import type { FarEndKind } from '../lab/far-end-phone';
import { startFarEnd, type CallLab, type LabPhone } from './call-lab';

/** Carol's tone: apart from bob's 1 kHz and the page's 440 Hz, so each recording says who was heard. */
export const carolTone = 700;

/**
 * Carol, a third lab phone on bob's Kamailio (auto-answering, playing 700 Hz, recording what she hears):
 * whom Dialtone transfers bob to.
 */
export async function startCarol(lab: CallLab, kind: FarEndKind = 'baresip'): Promise<LabPhone> {
  lab.kamailio.addUser('carol', 'carol-secret');
  const carol = await startFarEnd(kind, {
    name: 'carol',
    kamailio: lab.kamailio,
    user: 'carol',
    password: 'carol-secret',
    transport: 'tcp',
    tone: { frequency: carolTone },
  });
  try {
    await carol.waitForRegistered();
  } catch (error) {
    await carol.stop();
    throw error;
  }
  return carol;
}
