import type { DialtoneApi } from '../../shared/contract/dialtone-api';
import type { InvokeChannel, InvokeInput, InvokeOutput } from '../../shared/contract/invoke-channels';
import type { AppInfo } from '../../shared/models/app-info';
import type { Contact, ContactListItem } from '../../shared/models/contact';
import type { HistoryEntry } from '../../shared/models/history';
import { defaultSettings, type Settings } from '../../shared/models/settings';
import type { Result } from '../../shared/result';
import { fakeMessageHandlers } from './thread-render-fake-messages';

/**
 * A window.dialtone for measuring the renderer alone (bench:data's contactsFirstRenderMs,
 * scrollFrameP95Ms and thread figures, and screenshots): generated contacts, history and text
 * messages (thread-render-fake-messages.ts) served from the page itself,
 * each answer a macrotask later as over IPC. Options come from globalThis.__dialtoneFake, set by an
 * earlier init script. Bundled by esbuild (contacts-render-page.ts), loaded before the renderer.
 */
export interface FakeDialtoneOptions {
  contacts: number;
  history: number;
  theme: Settings['theme'];
  /** Missed calls not seen yet, for the History tab's badge. */
  missedUnseen: number;
  /** Messages in the longest conversation (with a few short ones beside it); 0: no messages at all. */
  threadMessages: number;
}

const options: FakeDialtoneOptions = {
  contacts: 100_000,
  history: 40,
  theme: 'light',
  missedUnseen: 0,
  threadMessages: 0,
  ...(globalThis as { __dialtoneFake?: Partial<FakeDialtoneOptions> }).__dialtoneFake,
};

const firstNames = [
  'Alice',
  'Bob',
  'Carmen',
  'Dmitri',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jamal',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Oscar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tariq',
  'Ursula',
  'Viktor',
  'Wen',
  'Yara',
];
const lastNames = [
  'Anders',
  'Brown',
  'Chen',
  'Dubois',
  'Evans',
  'Fischer',
  'Garcia',
  'Hughes',
  'Ivanova',
  'Jones',
  'Kowalski',
  'Lopez',
  'Martin',
  'Novak',
  'Okafor',
  'Patel',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Weber',
];
const organisations = ['', '', 'Acme', 'Globex', 'Initech', 'Umbrella', 'Stark Industries', 'Wayne Enterprises'];

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const numberOf = (n: number) => `+1512${String(2_000_000 + (n % 8_000_000)).padStart(7, '0')}`;

const contacts: ContactListItem[] = Array.from({ length: options.contacts }, (_, n) => ({
  id: uuid(n),
  name: `${firstNames[n % firstNames.length]} ${lastNames[Math.floor(n / firstNames.length) % lastNames.length]} ${Math.floor(n / 480) || ''}`.trim(),
  organisation: organisations[n % organisations.length] ?? '',
  favourite: n % 4999 === 7,
  primaryNumber: numberOf(n),
}));
contacts.sort((a, b) => Number(b.favourite) - Number(a.favourite) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const byId = new Map(contacts.map((contact, index) => [contact.id, index]));

let lastQuery = '';
let lastFound = contacts;
function search(query: string): ContactListItem[] {
  if (query === lastQuery) return lastFound;
  const text = query.toLowerCase();
  const digits = query.replace(/\D/g, '');
  lastQuery = query;
  lastFound = contacts.filter(
    (contact) =>
      contact.name.toLowerCase().includes(text) ||
      contact.organisation.toLowerCase().includes(text) ||
      (digits.length > 0 && (contact.primaryNumber ?? '').includes(digits)),
  );
  return lastFound;
}

function fullContact(item: ContactListItem): Contact {
  const n = byId.get(item.id) ?? 0;
  return {
    id: item.id,
    name: item.name,
    organisation: item.organisation,
    favourite: item.favourite,
    phones: [
      { label: 'mobile', number: item.primaryNumber ?? '', e164: item.primaryNumber },
      { label: 'work', number: '+44 20 7946 0958', e164: '+442079460958' },
    ],
    sipAddresses: n % 2 === 0 ? [`${item.name.split(' ')[0]?.toLowerCase()}@sip.example.com`] : [],
    emails: [`${item.name.split(' ')[0]?.toLowerCase()}@example.com`],
    notes: n % 3 === 0 ? 'Prefers calls after 10 am.' : '',
  };
}

const hour = 3_600_000;
const now = Date.now();
const history: HistoryEntry[] = Array.from({ length: options.history }, (_, n) => {
  const contact = n % 3 === 0 ? null : contacts[n * 7];
  const missed = n % 5 === 1;
  const direction = missed || n % 2 === 0 ? 'incoming' : 'outgoing';
  const startedAt = now - n * 5 * hour - 600_000;
  const answered = !missed && n % 7 !== 3;
  const duration = answered ? 20 + ((n * 97) % 900) : null;
  return {
    id: `h${n}`,
    direction,
    remoteNumber: contact?.primaryNumber ?? (n % 6 === 0 ? 'sip:bob@127.0.0.1' : numberOf(n + 500_000)),
    remoteE164: contact?.primaryNumber ?? (n % 6 === 0 ? null : numberOf(n + 500_000)),
    contactId: contact?.id ?? null,
    contactName: contact?.name ?? null,
    startedAt,
    answeredAt: answered ? startedAt + 4000 : null,
    endedAt: startedAt + 4000 + (duration ?? 10) * 1000,
    durationSeconds: duration,
    endReason: missed ? 'missed' : answered ? 'hung-up' : 'busy',
    missed,
    seen: !missed || n > options.missedUnseen * 5,
    callerVerified: n % 4 === 0,
    onTwilio: false,
    transferredTo: null,
  };
});

const settings: Settings = { ...defaultSettings, theme: options.theme };
const appInfo: AppInfo = {
  version: '0.0.0-bench',
  shell: 'browser',
  platform: 'linux',
  features: { startAtLogin: false, globalShortcuts: false, updates: false },
};

export type FakeHandlers = { [C in InvokeChannel]?: (input: InvokeInput<C>) => InvokeOutput<C> };
const handlers: FakeHandlers = {
  'app:get-info': () => appInfo,
  'settings:get': () => settings,
  'accounts:list': () => [],
  'registration:get': () => ({ status: 'no-account' }),
  'calls:list': () => [],
  'contacts:search': ({ query, offset, limit }) => {
    const found = search(query.trim());
    return { total: found.length, items: found.slice(offset, offset + limit) };
  },
  'contacts:get': ({ id }) => fullContact(contacts[byId.get(id) ?? 0] as ContactListItem),
  'contacts:merge-suggestions': () =>
    contacts.length > 2
      ? [{ number: numberOf(3), contacts: [contacts[1], contacts[2]] as [ContactListItem, ContactListItem] }]
      : [],
  'history:list': ({ filter, offset, limit }) => {
    const found = history.filter((entry) =>
      filter === 'all' ? true : filter === 'missed' ? entry.missed : entry.direction === filter,
    );
    return { total: found.length, items: found.slice(offset, offset + limit) };
  },
  'history:mark-seen': () => null,
  ...fakeMessageHandlers(options.threadMessages, now),
};

const api: DialtoneApi = {
  invoke(channel, ...args) {
    const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
    return new Promise((resolve) =>
      setTimeout(() => {
        const result: Result<unknown> = handler
          ? { ok: true, value: handler(args[0]) }
          : { ok: false, error: { code: 'unsupported', message: `The bench backend does not answer ${channel}.` } };
        resolve(result as never);
      }, 0),
    );
  },
  on: () => () => undefined,
};

Object.defineProperty(globalThis, 'dialtone', { value: Object.freeze(api), configurable: false });
