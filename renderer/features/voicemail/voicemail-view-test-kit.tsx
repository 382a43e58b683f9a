import { createRoot } from 'react-dom/client';
import { RawIntlProvider } from 'react-intl';
import type { InboxMedia } from '../../../shared/models/inbox';
import type { Voicemail } from '../../../shared/models/voicemail';
import type { Result } from '../../../shared/result';
import { intlFor } from '../../i18n/active-intl';
import { resolveAppLocale } from '../../i18n/app-locale';
import { createFakeDialtoneApi, type FakeDialtoneApi } from '../../ipc/fake-dialtone-api';
import { useDevicesStore } from '../../stores/devices/devices.store';
import { useContactsStore } from '../../stores/contacts/contacts.store';
import { useMessagesStore } from '../../stores/messages/messages.store';
import { useNavigationStore } from '../../stores/navigation/navigation.store';
import { useVoicemailStore } from '../../stores/voicemail/voicemail.store';
import { voicemailOf } from '../../stores/voicemail/voicemail-test-kit';
import { openInboxTarget } from '../inbox/open-inbox-target';
import '../../ui/theme.css';
import '../../ui/base.css';
import { VoicemailBadge } from './voicemail-badge';
import { VoicemailView } from './voicemail-view';

/**
 * The Voicemail view alone in a page, for e2e/specs/voicemail-view.spec.ts (bundled by esbuild):
 * window.dialtone answers from voicemails kept in the page and sends voicemail:changed as main does
 * (to the store, as renderer/app routes it), the audio is a generated WAV tone, and window.voicemailKit
 * lets the spec read what was asked and what the stores did. Options come from
 * globalThis.voicemailKitOptions, set by an init script before this runs.
 */
export interface VoicemailKitOptions {
  theme: 'light' | 'dark';
  voicemails: Partial<Voicemail>[];
  /** Voicemail ids whose voicemail:remove main refuses. */
  refuseRemove: string[];
  /** Voicemail ids whose voicemail:get-audio main cannot answer. */
  audioMissing: string[];
  /** List the browser's audio devices (with their names) before the view opens, as the app's device watch does. */
  listDevices: boolean;
}

export interface VoicemailKit {
  fake: FakeDialtoneApi;
  /** The page's views and the stores' selections, as the actions left them. */
  state(): { view: string; newContact: unknown; conversation: unknown; selected: unknown };
  audio(): { src: string; sinkId: string; paused: boolean; currentTime: number; playbackRate: number } | null;
  /** Blob URLs created and revoked so far. */
  urls: { created: string[]; revoked: string[] };
  /** A notification click or a search result: openInboxTarget, as the app routes main's inbox:open. */
  open(id: string): void;
  /** The audio outputs the browser lists. */
  outputs(): { deviceId: string; label: string }[];
  /** As if the speakers setting changed: names, most preferred first. */
  preferSpeakers(names: string[]): void;
  /** Lists a "USB Headset" whose id the browser no longer knows, as if unplugged since the last listing. */
  listGoneHeadset(): void;
}

const kitWindow = window as Window & {
  voicemailKit?: VoicemailKit;
  voicemailKitOptions?: Partial<VoicemailKitOptions>;
};

const options: VoicemailKitOptions = {
  theme: 'light',
  voicemails: [],
  refuseRemove: [],
  audioMissing: [],
  listDevices: false,
  ...kitWindow.voicemailKitOptions,
};

const sampleRate = 8000;

/** A 16-bit mono WAV of a 440 Hz tone lasting `seconds`, as base64. */
function toneWav(seconds: number): string {
  const samples = Math.max(1, Math.round(seconds * sampleRate));
  const bytes = new DataView(new ArrayBuffer(44 + samples * 2));
  const text = (offset: number, value: string) =>
    [...value].forEach((char, index) => bytes.setUint8(offset + index, char.charCodeAt(0)));
  text(0, 'RIFF');
  bytes.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVEfmt ');
  bytes.setUint32(16, 16, true);
  bytes.setUint16(20, 1, true);
  bytes.setUint16(22, 1, true);
  bytes.setUint32(24, sampleRate, true);
  bytes.setUint32(28, sampleRate * 2, true);
  bytes.setUint16(32, 2, true);
  bytes.setUint16(34, 16, true);
  text(36, 'data');
  bytes.setUint32(40, samples * 2, true);
  for (let n = 0; n < samples; n++) {
    bytes.setInt16(44 + n * 2, Math.round(8000 * Math.sin((2 * Math.PI * 440 * n) / sampleRate)), true);
  }
  let binary = '';
  const all = new Uint8Array(bytes.buffer);
  for (let start = 0; start < all.length; start += 0x8000) {
    binary += String.fromCharCode(...all.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

const voicemails = options.voicemails.map((change, index) =>
  voicemailOf(change.id ?? `RE${index}`, { receivedAt: Date.now() - index * 3_600_000, ...change }),
);
const ok = <T,>(value: T): Result<T> => ({ ok: true, value });
const refused = <T,>(code: 'twilio-failed' | 'not-found' | 'no-line', message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});

const unplayed = () => voicemails.filter((item) => !item.played).length;

const fake = createFakeDialtoneApi({
  'voicemail:list': ({ offset, limit }) =>
    ok({
      total: voicemails.length,
      unplayed: unplayed(),
      // Copies, as over IPC: main's later changes do not reach what the renderer holds.
      items: structuredClone(voicemails.slice(offset, offset + limit)),
    }),
  'voicemail:get-audio': ({ id }): Result<InboxMedia> => {
    const voicemail = voicemails.find((item) => item.id === id);
    if (!voicemail || options.audioMissing.includes(id)) {
      return refused('not-found', 'This recording is not saved yet. Connect to the internet and try again.');
    }
    return ok({ contentType: 'audio/wav', base64: toneWav(voicemail.durationSeconds) });
  },
  'voicemail:set-played': ({ id, played }) => {
    const voicemail = voicemails.find((item) => item.id === id);
    if (!voicemail) return refused('not-found', 'This voicemail is no longer here.');
    voicemail.played = played;
    publish();
    return ok(null);
  },
  'voicemail:remove': ({ id }) => {
    if (options.refuseRemove.includes(id)) {
      return refused('twilio-failed', 'Twilio could not be reached, so nothing was deleted. Check the connection.');
    }
    const index = voicemails.findIndex((item) => item.id === id);
    if (index < 0) return refused('not-found', 'This voicemail is no longer here.');
    voicemails.splice(index, 1);
    publish();
    return ok(null);
  },
  'calls:dial': () => refused('no-line', 'No phone line is set up in this test page.'),
  'messages:thread': () => ok({ items: [], hasOlder: false }),
  'messages:mark-read': () => ok(null),
});
/** As main does after a change: voicemail:changed, before the answer. */
function publish() {
  fake.emit('voicemail:changed', { unplayed: unplayed() });
}
window.dialtone = fake;
fake.on('voicemail:changed', (change) => useVoicemailStore.getState().receive(change));

const urls: VoicemailKit['urls'] = { created: [], revoked: [] };
const createObjectURL = URL.createObjectURL.bind(URL);
const revokeObjectURL = URL.revokeObjectURL.bind(URL);
URL.createObjectURL = (blob) => {
  const url = createObjectURL(blob);
  urls.created.push(url);
  return url;
};
URL.revokeObjectURL = (url) => {
  urls.revoked.push(url);
  revokeObjectURL(url);
};

kitWindow.voicemailKit = {
  fake,
  urls,
  state: () => ({
    view: useNavigationStore.getState().current,
    newContact: useContactsStore.getState().editor?.initial ?? null,
    conversation: useMessagesStore.getState().open,
    selected: useVoicemailStore.getState().selected,
  }),
  open: (id) => openInboxTarget({ kind: 'voicemail', id }),
  outputs: () =>
    useDevicesStore
      .getState()
      .devices.filter((device) => device.kind === 'audiooutput')
      .map(({ deviceId, label }) => ({ deviceId, label })),
  preferSpeakers: (speakers) => useDevicesStore.getState().setPreferences({ microphones: [], speakers, ringers: [] }),
  listGoneHeadset: () =>
    useDevicesStore.setState((state) => ({
      devices: [
        ...state.devices,
        { deviceId: 'unplugged-headset', kind: 'audiooutput', label: 'USB Headset', groupId: 'gone' },
      ],
    })),
  audio() {
    const audio = document.querySelector('audio') as (HTMLAudioElement & { sinkId?: string }) | null;
    if (!audio) return null;
    const { src, paused, currentTime, playbackRate } = audio;
    return { src, sinkId: audio.sinkId ?? '', paused, currentTime, playbackRate };
  },
};

if (options.listDevices) await useDevicesStore.getState().requestAccess();
document.documentElement.dataset.theme = options.theme;
const container = document.getElementById('root');
if (!container) throw new Error('The test page has no #root element');
// React's development build without StrictMode: its warnings reach the console (the spec fails on them), and
// effects run once as in the shipped build (StrictMode's second run makes ModalDialog take the dialog for its opener).
// The page follows the browser's languages, as the app does with its Language setting on System.
createRoot(container).render(
  <RawIntlProvider value={intlFor(resolveAppLocale('system', navigator.languages))}>
    <nav aria-label="Main">
      Voicemail tab <VoicemailBadge />
    </nav>
    <main className="app-layout__main">
      <VoicemailView status={<p>Synced just now</p>} />
    </main>
  </RawIntlProvider>,
);
