/**
 * The microphone's and the far end's levels (0..1, 1 = full scale) from the loopback peer's own
 * statistics: the audioLevel WebRTC keeps anyway for the track it sends (media-source) and the
 * audio it plays (inbound-rtp), the peak of about the last 100 ms. Metering with AnalyserNodes
 * instead kept an AudioContext rendering for the whole call, which cost more than the meters show
 * (issue 13's bench). Each reading starts the next: levels() answers at once with the latest.
 */
export interface LevelMeter {
  levels(): { input: number; output: number };
  close(): void;
}

const silence = { input: 0, output: 0 };

export function createLevelMeter(pc: RTCPeerConnection): LevelMeter {
  let latest = silence;
  let reading = false;
  let closed = false;

  function refresh(): void {
    if (reading || closed) return;
    reading = true;
    pc.getStats()
      .then((report) => {
        if (!closed) latest = levelsIn(report);
      })
      .catch(() => undefined)
      .finally(() => (reading = false));
  }

  return {
    levels() {
      refresh();
      return latest;
    },
    close() {
      closed = true;
      latest = silence;
    },
  };
}

function levelsIn(report: RTCStatsReport): { input: number; output: number } {
  let input = 0;
  let output = 0;
  report.forEach((entry: RTCStats) => {
    if (entry.type === 'outbound-rtp' && (entry as RTCOutboundRtpStreamStats).kind === 'audio') {
      const sourceId = (entry as RTCOutboundRtpStreamStats).mediaSourceId;
      const source = sourceId ? (report.get(sourceId) as RTCAudioSourceStats | undefined) : undefined;
      input = clampLevel(source?.audioLevel);
    }
    if (entry.type === 'inbound-rtp' && (entry as RTCInboundRtpStreamStats).kind === 'audio') {
      output = clampLevel((entry as RTCInboundRtpStreamStats).audioLevel);
    }
  });
  return { input, output };
}

/** webrtc-stats' RTCAudioSourceStats, which TypeScript's DOM types do not have yet. */
interface RTCAudioSourceStats extends RTCStats {
  audioLevel?: number;
}

const clampLevel = (level: number | undefined) => (level !== undefined && level > 0 ? Math.min(1, level) : 0);
