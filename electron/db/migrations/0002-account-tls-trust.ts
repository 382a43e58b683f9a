import type { Migration } from './migration';

export const accountTlsTrust: Migration = {
  version: 2,
  name: 'accounts: an extra trusted CA or a pinned certificate for private PBXs',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN trusted_ca_pem TEXT;
      ALTER TABLE accounts ADD COLUMN pinned_cert_sha256 TEXT;
    `);
  },
};
