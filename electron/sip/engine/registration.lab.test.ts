import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKamailio, type LabKamailio } from '../../../e2e/lab/kamailio';
import { labAccount, startLabPhone } from './sip-phone-test-kit';

describe('registration against Kamailio', () => {
  let kamailio: LabKamailio;
  beforeAll(async () => {
    kamailio = await startKamailio({ users: [{ user: 'alice', password: 'alice-secret' }] });
  });
  afterAll(() => kamailio.stop());

  it.each(['tcp', 'tls'] as const)('registers over %s and un-registers on stop', async (transport) => {
    const account = labAccount({
      user: 'alice',
      password: 'alice-secret',
      domain: kamailio.domain,
      port: transport === 'tls' ? kamailio.tlsPort : kamailio.tcpPort,
      transport,
      caCertPem: kamailio.caCertPem,
    });
    const lab = await startLabPhone(account);
    expect(lab.phone.initial).toMatchObject({ status: 'registered' });
    expect(lab.registrations.map((state) => state.status)).toEqual(['registering', 'registered']);
    const granted = lab.phone.initial.status === 'registered' ? lab.phone.initial.expiresInSeconds : 0;
    expect(granted).toBeGreaterThan(0);
    await lab.phone.stop();
    expect(lab.registrations.at(-1)).toEqual({ status: 'unregistered' });
    expect(lab.lost).toEqual([]);
  });

  it('reports a wrong password as bad credentials, with what to do', async () => {
    const lab = await startLabPhone(
      labAccount({
        user: 'alice',
        password: 'wrong',
        domain: kamailio.domain,
        port: kamailio.tcpPort,
        transport: 'tcp',
      }),
    );
    expect(lab.phone.initial).toMatchObject({ status: 'failed', reason: 'bad-credentials' });
    expect(lab.phone.initial.status === 'failed' && lab.phone.initial.message).toMatch(/user name or password/);
    await lab.phone.stop();
  });

  it('refuses the lab certificate unless the account trusts it', async () => {
    const account = labAccount({
      user: 'alice',
      password: 'alice-secret',
      domain: kamailio.domain,
      port: kamailio.tlsPort,
      transport: 'tls',
    });
    await expect(startLabPhone(account)).rejects.toThrow(/certificate/i);
  });
});
