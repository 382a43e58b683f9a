/**
 * The keys of the JSON object each bench prints as its last stdout line, declared once: each bench
 * types its figures with BenchFigures, and quick-benches.spec.ts checks the printed line against them.
 */
export const benchFigureKeys = {
  startup: ['runs', 'startupMs', 'firstStartupMs', 'rssMb'],
  sip: [
    'registerMs',
    'callSetupMs',
    'callSetupToBaresipMs',
    'relayLatencyP50Ms',
    'relayLatencyP99Ms',
    'relayInP99Ms',
    'relayOutP99Ms',
    'engineCpuPct',
    'rssGrowthMbOver100Calls',
  ],
  audio: [
    'echoRoundTripMs',
    'echoRoundTripMinMs',
    'echoRoundTripMaxMs',
    'echoClicks',
    'soundTestDelayMs',
    'earJitterBufferMs',
    'earPlayoutDelayMs',
    'relayLatencyP50Ms',
    'relayLatencyP99Ms',
    'relayInP99Ms',
    'relayOutP99Ms',
    'callSeconds',
    'mainCpuPct',
    'mainIdleCpuPct',
    'rendererCpuPct',
    'rendererProcessCpuPct',
    'audioServiceCpuPct',
    'rendererMainThreadCpuPct',
    'browserProcessCpuPct',
  ],
  data: [
    'contacts',
    'calls',
    'searchP50Ms',
    'searchP95Ms',
    'importVcard10kMs',
    'openDatabaseMs',
    'databaseMb',
    'contactsFirstRenderMs',
    'scrollFrameP95Ms',
  ],
  setup: [
    'runs',
    'freshSetupRequests',
    'provisionRequests',
    'rerunRequests',
    'removeRequests',
    'connectMs',
    'searchMs',
    'buyMs',
    'provisionMs',
    'rerunMs',
    'removeMs',
  ],
} as const;

export type BenchName = keyof typeof benchFigureKeys;

export type BenchFigures<Bench extends BenchName> = Record<(typeof benchFigureKeys)[Bench][number], number>;
