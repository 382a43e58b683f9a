import { inTransaction, openSqlite } from '../../electron/db/sqlite';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { freeTcpPort } from './free-port';
import { renderKamailioConfig, renderTlsConfig, subscriberSchema } from './kamailio/kamailio.cfg';
import { startLabProcess, type LabProcess } from './lab-process';

export interface LabUser {
  user: string;
  password: string;
}

export interface LabKamailio {
  domain: string;
  tcpPort: number;
  tlsPort: number;
  /** The self-signed certificate Kamailio serves on tlsPort (127.0.0.1 and localhost): trust it explicitly. */
  caCertPem: string;
  /** Changes with every restart. */
  pid(): number;
  addUser(user: string, password: string): void;
  removeUser(user: string): void;
  /** Replaces the aliases: { '102': 'sam' } makes a call to 102 ring sam, whatever the domain dialled. */
  setAliases(aliases: Record<string, string>): void;
  /** Output of every run since start. */
  logs(): string;
  /** Stops Kamailio and removes its folder. */
  stop(): Promise<void>;
  /** Stop, then start again on the same ports with the same users (registrations are lost, as in a real restart). */
  restart(): Promise<void>;
  /** Signal the main process and all its workers at once: SIGKILL (the default) crashes it, SIGSTOP freezes it. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const startTimeoutMs = 10_000;

export async function startKamailio(
  options: {
    users?: LabUser[];
    domain?: string;
    /** Also serve these domains as our own (a regex, e.g. '\\.sip\\.twilio\\.com$'): see renderKamailioConfig. */
    extraDomainPattern?: string;
    /** Headers added to the INVITEs of a caller, as Twilio adds the inbound Function's: see renderKamailioConfig. */
    inviteHeadersByCaller?: Record<string, string[]>;
  } = {},
): Promise<LabKamailio> {
  const domain = options.domain ?? '127.0.0.1';
  const dir = mkdtempSync(join(tmpdir(), 'dialtone-kamailio-'));
  const tcpPort = await freeTcpPort();
  const tlsPort = await freeTcpPort();
  await makeCertificate(dir, domain);
  writeFileSync(join(dir, 'tls.cfg'), renderTlsConfig(dir));
  writeFileSync(
    join(dir, 'kamailio.cfg'),
    renderKamailioConfig({
      dir,
      domain,
      tcpPort,
      tlsPort,
      extraDomainPattern: options.extraDomainPattern,
      inviteHeadersByCaller: options.inviteHeadersByCaller,
    }),
  );

  const db = openSqlite(join(dir, 'users.sqlite'));
  // WAL: Kamailio reads while the test writes, without either seeing "database is locked".
  db.exec('PRAGMA journal_mode = WAL');
  db.exec(subscriberSchema);
  const addUser = (user: string, password: string) => {
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    inTransaction(db, () => {
      db.prepare<[string]>('DELETE FROM subscriber WHERE username = ?').run(user);
      db.prepare<[string, string, string, string, string]>(
        'INSERT INTO subscriber (username, domain, password, ha1, ha1b) VALUES (?, ?, ?, ?, ?)',
      ).run(
        user,
        domain,
        password,
        md5(`${user}:${domain}:${password}`),
        md5(`${user}@${domain}:${domain}:${password}`),
      );
    });
  };
  options.users?.forEach(({ user, password }) => addUser(user, password));

  const runs: LabProcess[] = [];
  const current = () => runs.at(-1)!;
  const stopCurrent = async () => {
    // A worker still starting ignores SIGTERM and the main process then waits for it: repeat the signal.
    await current().stop({ repeatMs: 200 });
  };
  const cleanUp = () => {
    if (db.isOpen) db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  runs.push(
    await launch(dir, tcpPort, tlsPort).catch((error: Error) => {
      cleanUp();
      throw error;
    }),
  );

  return {
    domain,
    tcpPort,
    tlsPort,
    caCertPem: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    pid: () => current().pid,
    addUser,
    removeUser: (user) => void db.prepare('DELETE FROM subscriber WHERE username = ?').run(user),
    setAliases: (aliases) =>
      inTransaction(db, () => {
        db.exec('DELETE FROM dbaliases');
        const insert = db.prepare<[string, string, string, string]>(
          'INSERT INTO dbaliases (alias_username, alias_domain, username, domain) VALUES (?, ?, ?, ?)',
        );
        for (const [alias, user] of Object.entries(aliases)) insert.run(alias, domain, user, domain);
      }),
    logs: () => runs.map((run) => run.logs()).join(''),
    async stop() {
      await stopCurrent();
      cleanUp();
    },
    async restart() {
      await stopCurrent();
      runs.push(await launch(dir, tcpPort, tlsPort));
    },
    async kill(signal = 'SIGKILL') {
      await current().kill(signal);
    },
  };
}

async function launch(dir: string, tcpPort: number, tlsPort: number): Promise<LabProcess> {
  const args = ['-f', join(dir, 'kamailio.cfg'), '-DD', '-E', '-Y', dir, '-P', join(dir, 'kamailio.pid'), '-m', '32'];
  const kamailio = startLabProcess('kamailio', 'kamailio', args, dir);
  const deadline = Date.now() + startTimeoutMs;
  for (const port of [tcpPort, tlsPort]) {
    while (!(await accepts(port))) {
      if (!kamailio.isRunning() || Date.now() > deadline) {
        await kamailio.stop();
        throw new Error(`Kamailio not listening on ${port} within ${startTimeoutMs} ms:\n${kamailio.logs()}`);
      }
      await sleep(50);
    }
  }
  return kamailio;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function makeCertificate(dir: string, domain: string): Promise<void> {
  const names = ['IP:127.0.0.1', 'DNS:localhost'];
  if (domain !== '127.0.0.1') names.push(isIP(domain) ? `IP:${domain}` : `DNS:${domain}`);
  await promisify(execFile)('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    `subjectAltName=${names.join(',')}`,
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
  ]);
}
