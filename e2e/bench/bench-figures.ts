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
    'appCpuPct',
    'linphonecCpuPct',
    'linphonecRssMb',
    'linphonecPssMb',
    'appPssMb',
    'mainPssMb',
    'chromiumPssMb',
    'growthCalls',
    'rssGrowthMbOver100Calls',
    'rendererRssGrowthMbOver100Calls',
    'echoReturnLossEnhancementDb',
    'echoOffRms',
    'echoOnRms',
    'echoNearEndChangeDb',
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
    'messages',
    'voicemails',
    'messageSearchP50Ms',
    'messageSearchP95Ms',
    'syncedVoicemails',
    'syncedMessages',
    'inboxSyncMs',
    'inboxSyncRequests',
    'inboxAudioPasses',
    'inboxAllAudioMs',
    'inboxResyncMs',
    'inboxResyncRequests',
    'threadMessages',
    'threadFirstRenderMs',
    'threadScrollFrameP95Ms',
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
type FigureKey<Bench extends BenchName> = (typeof benchFigureKeys)[Bench][number];

/**
 * Figures a bench prints as null where this machine cannot measure them (no linphonec, no PSS in
 * /proc, no PulseAudio), each with a line "<bench> null <key>: <reason>" on stderr. Any other figure is a number.
 */
export const nullableFigureKeys = {
  audio: [
    'linphonecCpuPct',
    'linphonecRssMb',
    'linphonecPssMb',
    'appPssMb',
    'mainPssMb',
    'chromiumPssMb',
    'echoReturnLossEnhancementDb',
    'echoOffRms',
    'echoOnRms',
    'echoNearEndChangeDb',
  ],
} as const satisfies { [Bench in BenchName]?: ReadonlyArray<FigureKey<Bench>> };

type NullableKey<Bench extends BenchName> = Bench extends keyof typeof nullableFigureKeys
  ? (typeof nullableFigureKeys)[Bench][number]
  : never;

export type BenchFigures<Bench extends BenchName> = Record<Exclude<FigureKey<Bench>, NullableKey<Bench>>, number> &
  Record<NullableKey<Bench>, number | null>;
