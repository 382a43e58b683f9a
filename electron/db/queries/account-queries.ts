import type { Database } from '../sqlite';
import type { AccountFields } from '../../../shared/models/account';

type AccountRow = {
  id: string;
  label: string;
  provider: AccountFields['provider'];
  sip_address: string;
  auth_username: string;
  registrar: string;
  outbound_proxy: string | null;
  transport: AccountFields['transport'];
  srtp: AccountFields['srtp'];
  display_name: string;
  stun_server: string | null;
  trusted_ca_pem: string | null;
  pinned_cert_sha256: string | null;
  enabled: 0 | 1;
  created_at: number;
  updated_at: number;
};

export type StoredAccount = AccountFields & { id: string };

function fromRow(row: AccountRow): StoredAccount {
  return {
    id: row.id,
    label: row.label,
    provider: row.provider,
    sipAddress: row.sip_address,
    authUsername: row.auth_username,
    registrar: row.registrar,
    outboundProxy: row.outbound_proxy,
    transport: row.transport,
    srtp: row.srtp,
    displayName: row.display_name,
    stunServer: row.stun_server,
    trustedCaPem: row.trusted_ca_pem,
    pinnedCertSha256: row.pinned_cert_sha256,
    enabled: row.enabled === 1,
  };
}

function toRow(account: StoredAccount): Omit<AccountRow, 'created_at' | 'updated_at'> {
  return {
    id: account.id,
    label: account.label,
    provider: account.provider,
    sip_address: account.sipAddress,
    auth_username: account.authUsername,
    registrar: account.registrar,
    outbound_proxy: account.outboundProxy,
    transport: account.transport,
    srtp: account.srtp,
    display_name: account.displayName,
    stun_server: account.stunServer,
    trusted_ca_pem: account.trustedCaPem,
    pinned_cert_sha256: account.pinnedCertSha256,
    enabled: account.enabled ? 1 : 0,
  };
}

export function createAccountQueries(db: Database) {
  const columns = `id, label, provider, sip_address, auth_username, registrar, outbound_proxy,
    transport, srtp, display_name, stun_server, trusted_ca_pem, pinned_cert_sha256, enabled, created_at, updated_at`;
  const selectAll = db.prepare<[], AccountRow>(`SELECT ${columns} FROM accounts ORDER BY created_at, id`);
  const selectOne = db.prepare<[string], AccountRow>(`SELECT ${columns} FROM accounts WHERE id = ?`);
  const upsert = db.prepare<[Omit<AccountRow, 'created_at' | 'updated_at'> & { now: number }]>(`
    INSERT INTO accounts (${columns})
    VALUES (@id, @label, @provider, @sip_address, @auth_username, @registrar, @outbound_proxy,
      @transport, @srtp, @display_name, @stun_server, @trusted_ca_pem, @pinned_cert_sha256, @enabled, @now, @now)
    ON CONFLICT (id) DO UPDATE SET
      label = excluded.label, provider = excluded.provider, sip_address = excluded.sip_address,
      auth_username = excluded.auth_username, registrar = excluded.registrar,
      outbound_proxy = excluded.outbound_proxy, transport = excluded.transport, srtp = excluded.srtp,
      display_name = excluded.display_name, stun_server = excluded.stun_server,
      trusted_ca_pem = excluded.trusted_ca_pem, pinned_cert_sha256 = excluded.pinned_cert_sha256,
      enabled = excluded.enabled, updated_at = excluded.updated_at`);
  const remove = db.prepare<[string]>('DELETE FROM accounts WHERE id = ?');

  return {
    list: (): StoredAccount[] => selectAll.all().map(fromRow),
    get: (id: string): StoredAccount | undefined => {
      const row = selectOne.get(id);
      return row && fromRow(row);
    },
    save(account: StoredAccount, now = Date.now()): void {
      upsert.run({ ...toRow(account), now });
    },
    /** Returns whether a row was deleted. */
    remove: (id: string): boolean => remove.run(id).changes > 0,
  };
}

export type AccountQueries = ReturnType<typeof createAccountQueries>;
