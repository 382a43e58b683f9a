import type { SaveAccountInput } from '../../shared/models/account';
import type { Impairment } from '../lab/impairment';
import { sipMediaDetour } from '../lab/sip-media-detour';
import { startTcpRelay, type TcpRelay } from '../lab/tcp-relay';
import { startUdpImpairmentRelay, type UdpImpairmentRelay } from '../lab/udp-impairment-relay';
import type { CallLab } from './call-lab';

export interface BadNetwork {
  /** Between Dialtone (side A) and bob (side B): every RTP and RTCP packet of the call. */
  media: UdpImpairmentRelay;
  /** Between Dialtone and Kamailio, pointing each SDP at the media relay. */
  signalling: TcpRelay;
  /** Alice over plain TCP through the signalling relay (the relay must read the SDP), no SRTP. */
  aliceAccount: SaveAccountInput;
  /** A network outage: no media either way and no signalling (connections cut) until `restore`. */
  cut(): Promise<void>;
  restore(): Promise<void>;
  stop(): Promise<void>;
}

/** Puts a seeded impairment relay in the media path of alice's calls in `lab` (which must not be secure). */
export async function startBadNetwork(
  lab: CallLab,
  options: { seed: number; impairment: Partial<Impairment> },
): Promise<BadNetwork> {
  const media = await startUdpImpairmentRelay(options);
  const signalling = await startTcpRelay(
    { host: '127.0.0.1', port: lab.kamailio.tcpPort },
    { sip: sipMediaDetour(media) },
  ).catch(async (error: unknown) => {
    await media.stop();
    throw error;
  });
  const { fields, password } = lab.aliceAccount;
  return {
    media,
    signalling,
    aliceAccount: {
      fields: {
        ...fields,
        registrar: `127.0.0.1:${signalling.port}`,
        transport: 'tcp',
        srtp: 'off',
        trustedCaPem: null,
      },
      password,
    },
    async cut() {
      await media.setOutage(true);
      signalling.setOutage(true);
    },
    async restore() {
      await media.setOutage(false);
      signalling.setOutage(false);
    },
    async stop() {
      await signalling.stop();
      await media.stop();
    },
  };
}
