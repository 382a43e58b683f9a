// The lab on its own, without Dialtone: Kamailio and two baresip phones calling each other through it.
import { connect } from 'node:tls';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBaresip, type BaresipOptions, type LabBaresip } from './baresip';
import { startKamailio, type LabKamailio } from './kamailio';
import { isAlive } from './lab-process';
import { energyShareAt, readWav } from './tones';

const aliceTone = 440;
const bobTone = 1000;
let kamailio: LabKamailio;
const phones: LabBaresip[] = [];
const pids = new Set<number>();

async function phone(options: Omit<BaresipOptions, 'kamailio'>): Promise<LabBaresip> {
  const started = await startBaresip({ ...options, kamailio });
  phones.push(started);
  pids.add(started.pid);
  return started;
}

const closedWith = (phone: LabBaresip, status: string) =>
  phone.waitForEvent((event) => event.type === 'CALL_CLOSED' && event.param?.startsWith(status) === true);

describe('SIP lab', () => {
  let alice: LabBaresip;
  let bob: LabBaresip;

  beforeAll(async () => {
    kamailio = await startKamailio({
      users: [
        { user: 'alice', password: 'alice-secret' },
        { user: 'bob', password: 'bob-secret' },
      ],
    });
    pids.add(kamailio.pid());
    [alice, bob] = await Promise.all([
      phone({
        name: 'alice-phone',
        user: 'alice',
        password: 'alice-secret',
        transport: 'tcp',
        tone: { frequency: aliceTone },
      }),
      phone({ name: 'bob-phone', user: 'bob', password: 'bob-secret', transport: 'tls', tone: { frequency: bobTone } }),
    ]);
  });

  afterAll(async () => {
    await Promise.all(phones.map((started) => started.stop()));
    await kamailio?.stop();
  });

  test('Kamailio listens on free ports, its TLS certificate verifies for 127.0.0.1', async () => {
    expect(kamailio.tcpPort).not.toBe(kamailio.tlsPort);
    expect([kamailio.tcpPort, kamailio.tlsPort]).not.toContain(5060);
    const socket = connect({ host: '127.0.0.1', port: kamailio.tlsPort, ca: kamailio.caCertPem });
    await new Promise((resolve, reject) => socket.once('secureConnect', resolve).once('error', reject));
    expect(socket.authorized).toBe(true);
    socket.destroy();
  });

  test('phones register over TCP and TLS', async () => {
    await Promise.all([alice.waitForRegistered(), bob.waitForRegistered()]);
    expect(kamailio.logs()).toMatch(/REGISTER ok sip:alice@127\.0\.0\.1 .*transport=tcp/);
    expect(kamailio.logs()).toMatch(/REGISTER ok sip:bob@127\.0\.0\.1 .*transport=tls/);
  });

  test('a wrong password is refused', async () => {
    const intruder = await phone({
      name: 'intruder',
      user: 'alice',
      password: 'guess',
      transport: 'tcp',
      tone: { frequency: 300 },
    });
    await intruder.waitForLog(/alice@127\.0\.0\.1: 40[13] /);
    await intruder.stop();
  });

  test('bob calls alice: both hear the other tone, DTMF arrives', async () => {
    await bob.ctrl.dial(alice.sipUri);
    await Promise.all([
      alice.waitForEvent((event) => event.type === 'CALL_ESTABLISHED'),
      bob.waitForEvent((event) => event.type === 'CALL_ESTABLISHED'),
    ]);
    await sleep(1_000);
    await bob.ctrl.sendDtmf('159*0#');
    await alice.waitForEvent((event) => event.type === 'CALL_DTMF_START' && event.param === '#', 5_000);
    expect(alice.dtmfReceived()).toBe('159*0#');
    await sleep(2_000);
    await bob.ctrl.hangup();
    await Promise.all([closedWith(alice, ''), closedWith(bob, '')]);

    const heardByAlice = readWav(alice.latestRecording());
    const heardByBob = readWav(bob.latestRecording());
    expect(heardByAlice.samples.length / heardByAlice.rate).toBeGreaterThan(2.5);
    expect(energyShareAt(heardByAlice.samples, heardByAlice.rate, bobTone)).toBeGreaterThan(0.95);
    expect(energyShareAt(heardByBob.samples, heardByBob.rate, aliceTone)).toBeGreaterThan(0.95);
  });

  test('unknown users get 404, known but unregistered ones 480', async () => {
    await alice.ctrl.dial('sip:nobody@127.0.0.1');
    await closedWith(alice, '404');
    kamailio.addUser('carol', 'carol-secret');
    await alice.ctrl.dial('sip:carol@127.0.0.1');
    await closedWith(alice, '480');
  });

  test('a user added while Kamailio runs can register, and removed cannot', async () => {
    kamailio.addUser('dave', 'dave-secret');
    const dave = await phone({
      name: 'dave-phone',
      user: 'dave',
      password: 'dave-secret',
      transport: 'tls',
      tone: { frequency: 500 },
    });
    await dave.waitForRegistered();
    await dave.stop();
    kamailio.removeUser('dave');
    const ghost = await phone({
      name: 'ghost',
      user: 'dave',
      password: 'dave-secret',
      transport: 'tcp',
      tone: { frequency: 500 },
    });
    await ghost.waitForLog(/dave@127\.0\.0\.1: 40[13] /);
    await ghost.stop();
  });

  test('restart() and restart() after a crash keep ports and users', async () => {
    const { tcpPort, tlsPort } = kamailio;
    await kamailio.restart();
    pids.add(kamailio.pid());
    const crashed = kamailio.pid();
    await kamailio.kill('SIGKILL');
    expect(isAlive(crashed)).toBe(false);
    await kamailio.restart();
    pids.add(kamailio.pid());
    expect([kamailio.tcpPort, kamailio.tlsPort]).toEqual([tcpPort, tlsPort]);
    const carol = await phone({
      name: 'carol-phone',
      user: 'carol',
      password: 'carol-secret',
      transport: 'tcp',
      tone: { frequency: 700 },
    });
    await carol.waitForRegistered();
  });

  test('stopping leaves no process behind', async () => {
    await Promise.all(phones.map((started) => started.stop()));
    await kamailio.stop();
    expect([...pids].filter(isAlive)).toEqual([]);
  });
});
