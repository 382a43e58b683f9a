// Do not disturb's weekly schedule and business hours in /inbound, read in the person's time zone. The real
// twilio-run proves the variables are read on a live request (with the real clock); the handler run in-process
// at chosen instants proves the time arithmetic, across time zones and daylight-saving changes.
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import { domain, el, number, phoneCall, runInProcess, twiml } from './twilio-run-test-kit';

const base = { DIALTONE_NUMBER: number, DIALTONE_SIP_DOMAIN: domain, DIALTONE_SIP_USER: number };
const weekdays = '12345';
const allWeek = '0123456';

/** Days that are neither today nor yesterday in UTC: a schedule on them is closed now, even past midnight. */
function daysAwayFromToday(): string {
  const today = new Date().getUTCDay();
  return allWeek.replace(String(today), '').replace(String((today + 6) % 7), '');
}

let quietAllDay: LabTwilioRun;
let closedToday: LabTwilioRun;

beforeAll(async () => {
  [quietAllDay, closedToday] = await Promise.all([
    startTwilioRun({ env: { ...base, DIALTONE_DND_SCHEDULE: `${allWeek}@00:00-24:00`, DIALTONE_TIME_ZONE: 'UTC' } }),
    startTwilioRun({
      env: {
        ...base,
        DIALTONE_BUSINESS_HOURS: `${daysAwayFromToday()}@09:00-17:00`,
        DIALTONE_AFTER_HOURS_SENDS_TO: 'forwarding',
        DIALTONE_FORWARD_TO: '+447700900999',
        DIALTONE_TIME_ZONE: 'UTC',
      },
    }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([quietAllDay, closedToday].map((server) => server?.stop()));
});

afterEach(() => {
  vi.useRealTimers();
});

/** Where /inbound sends a call after hours, voicemail chosen: the after-hours greeting. */
const afterHours = '/voicemail?why=after-hours';
const redirect = (path: string) => el('Response', {}, el('Redirect', { method: 'POST' }, path));

describe('on a live request', () => {
  test('do not disturb by schedule sends the call to voicemail', async () => {
    expect(twiml(await quietAllDay.post('/inbound', phoneCall()))).toEqual(redirect('/voicemail'));
  });

  test('outside business hours the call follows the after-hours rule (here, forwarding)', async () => {
    expect(twiml(await closedToday.post('/inbound', phoneCall()))).toEqual(redirect('/forward'));
  });
});

/** Where /inbound sends a call at `instant` with `env`: 'ring', or the path it redirects to. */
function routeAt(instant: string, env: Record<string, string>): string {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  const answer = runInProcess('inbound', env, { From: '+447700900123' });
  if (answer.includes('<Dial ')) return 'ring';
  return /<Redirect method="POST">([^<]+)<\/Redirect>/.exec(answer)?.[1] ?? answer;
}

describe('business hours, weekdays 09:00-17:00', () => {
  const hours = (timeZone: string) => ({
    DIALTONE_BUSINESS_HOURS: `${weekdays}@09:00-17:00`,
    DIALTONE_TIME_ZONE: timeZone,
  });

  test.each([
    // New York moved its clocks forward on Sunday 8 March 2026: 13:30 UTC is 08:30 on Friday, 09:30 on Monday.
    ['2026-03-06T13:30:00Z', 'America/New_York', afterHours, 'Friday 08:30 EST, before opening'],
    ['2026-03-09T13:30:00Z', 'America/New_York', 'ring', 'Monday 09:30 EDT, the first working day of summer time'],
    ['2026-03-09T20:59:00Z', 'America/New_York', 'ring', 'Monday 16:59 EDT'],
    ['2026-03-09T21:00:00Z', 'America/New_York', afterHours, 'Monday 17:00 EDT, closed'],
    // Berlin moves its clocks on Sunday 29 March 2026, three weeks after New York.
    ['2026-03-27T07:30:00Z', 'Europe/Berlin', afterHours, 'Friday 08:30 CET'],
    ['2026-03-30T07:30:00Z', 'Europe/Berlin', 'ring', 'Monday 09:30 CEST'],
    // And back on Sunday 25 October 2026.
    ['2026-10-26T08:30:00Z', 'Europe/Berlin', 'ring', 'Monday 09:30 CET'],
    ['2026-10-23T07:30:00Z', 'Europe/Berlin', 'ring', 'Friday 09:30 CEST'],
    // The same instant on either side of the date line: Monday noon UTC is Monday evening in Tokyo.
    ['2026-03-09T12:00:00Z', 'Europe/London', 'ring', 'Monday 12:00 GMT'],
    ['2026-03-09T12:00:00Z', 'Asia/Tokyo', afterHours, 'Monday 21:00 JST'],
    // Sunday 23:30 UTC is already Monday 08:30 in Auckland, and still Sunday in Los Angeles.
    ['2026-03-08T21:30:00Z', 'Pacific/Auckland', 'ring', 'Monday 10:30 NZDT'],
    ['2026-03-08T21:30:00Z', 'America/Los_Angeles', afterHours, 'Sunday 14:30 PDT'],
  ])('%s in %s: %s (%s)', (instant, timeZone, route) => {
    expect(routeAt(instant, hours(timeZone))).toBe(route);
  });

  test('an unknown time zone reads the schedule in UTC instead of failing the call', () => {
    expect(routeAt('2026-03-09T10:00:00Z', hours('Mars/Olympus_Mons'))).toBe('ring');
    expect(routeAt('2026-03-09T18:00:00Z', hours('Mars/Olympus_Mons'))).toBe(afterHours);
  });

  test.each([['none'], [''], ['9-5'], ['12345@9:00-17:00'], ['7@09:00-17:00'], ['12345@09:00-09:00']])(
    'hours %j hold no valid span: always open',
    (encoded) => {
      expect(routeAt('2026-03-08T03:00:00Z', { DIALTONE_BUSINESS_HOURS: encoded, DIALTONE_TIME_ZONE: 'UTC' })).toBe(
        'ring',
      );
    },
  );

  test('a malformed span is skipped and the valid ones still count', () => {
    const env = { DIALTONE_BUSINESS_HOURS: `junk;${weekdays}@09:00-17:00;;`, DIALTONE_TIME_ZONE: 'UTC' };
    expect(routeAt('2026-03-09T10:00:00Z', env)).toBe('ring');
    expect(routeAt('2026-03-07T10:00:00Z', env)).toBe(afterHours);
  });
});

describe('do not disturb by schedule, Sunday to Thursday nights 22:00-07:00 in New York', () => {
  const nights = { DIALTONE_DND_SCHEDULE: '01234@22:00-07:00', DIALTONE_TIME_ZONE: 'America/New_York' };

  test.each([
    ['2026-03-10T02:30:00Z', '/voicemail', 'Monday 22:30 EDT'],
    ['2026-03-10T10:59:00Z', '/voicemail', 'Tuesday 06:59 EDT, the night that began Monday'],
    ['2026-03-10T11:00:00Z', 'ring', 'Tuesday 07:00 EDT'],
    ['2026-03-14T03:30:00Z', 'ring', 'Friday 23:30 EDT: Friday nights are not in the schedule'],
    ['2026-03-14T11:30:00Z', 'ring', 'Saturday 07:30 EDT'],
    ['2026-03-13T10:30:00Z', '/voicemail', 'Friday 06:30 EDT, the night that began Thursday'],
    // 1 November 2026, 01:30 happens twice in New York; both are in the night that began Saturday... which is not in the schedule.
    ['2026-11-01T05:30:00Z', 'ring', 'Sunday 01:30 EDT, the night that began Saturday'],
    ['2026-11-01T06:30:00Z', 'ring', 'Sunday 01:30 EST, the same night'],
    ['2026-11-02T03:30:00Z', '/voicemail', 'Sunday 22:30 EST'],
  ])('%s: %s (%s)', (instant, route) => {
    expect(routeAt(instant, nights)).toBe(route);
  });

  test('is checked before business hours, and the switch wins over the schedule being off', () => {
    const env = { ...nights, DIALTONE_BUSINESS_HOURS: `${allWeek}@00:00-24:00`, DIALTONE_DND_SENDS_TO: 'voicemail' };
    expect(routeAt('2026-03-10T02:30:00Z', env)).toBe('/voicemail');
    expect(routeAt('2026-03-10T16:00:00Z', { ...env, DIALTONE_DO_NOT_DISTURB: 'on' })).toBe('/voicemail');
    expect(routeAt('2026-03-10T16:00:00Z', env)).toBe('ring');
  });
});
