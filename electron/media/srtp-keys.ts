import { createCipheriv, randomBytes } from 'node:crypto';

/** SDES crypto suites we speak (RFC 4568 section 6.2), best first. */
export const srtpSuites = ['AES_CM_128_HMAC_SHA1_80', 'AES_CM_128_HMAC_SHA1_32'] as const;
export type SrtpSuite = (typeof srtpSuites)[number];

export function isSrtpSuite(name: string): name is SrtpSuite {
  return (srtpSuites as readonly string[]).includes(name);
}

/** SRTP authentication tag length in bytes. SRTCP always uses 10 (see srtcp-transform.ts). */
export function srtpTagLength(suite: SrtpSuite): number {
  return suite === 'AES_CM_128_HMAC_SHA1_80' ? 10 : 4;
}

export const masterKeyLength = 16;
export const masterSaltLength = 14;

export interface MasterKey {
  key: Buffer;
  salt: Buffer;
}

export function generateMasterKey(): MasterKey {
  const material = randomBytes(masterKeyLength + masterSaltLength);
  return { key: material.subarray(0, masterKeyLength), salt: material.subarray(masterKeyLength) };
}

/** `inline:<base64 key||salt>` as written in a=crypto. */
export function formatKeyParams(master: MasterKey): string {
  return `inline:${Buffer.concat([master.key, master.salt]).toString('base64')}`;
}

export type KeyParamsResult = { ok: true; master: MasterKey } | { ok: false; reason: string };

/**
 * Parses the key-params of an a=crypto line: `inline:<key||salt>[|lifetime][|MKI:length]`.
 * A lifetime of at least 2^20 packets (5.8 hours of 20 ms audio) is accepted and otherwise
 * ignored, as we never re-key; MKI, several keys and session parameters are refused, as values.
 */
export function parseKeyParams(keyParams: string): KeyParamsResult {
  if (keyParams.includes(';')) return { ok: false, reason: 'several keys in one crypto attribute' };
  const match = /^inline:([A-Za-z0-9+/]+={0,2})((?:\|[^|]*){0,2})$/.exec(keyParams.trim());
  if (!match) return { ok: false, reason: 'not an inline key' };
  const material = Buffer.from(match[1]!, 'base64');
  if (material.length !== masterKeyLength + masterSaltLength) {
    return { ok: false, reason: `key and salt are ${material.length} bytes, expected 30` };
  }
  for (const param of match[2]!.split('|').slice(1)) {
    if (param.includes(':')) return { ok: false, reason: 'MKI is not supported' };
    const lifetime = /^2\^(\d{1,2})$/.exec(param) ? 2 ** Number(param.slice(2)) : Number(param);
    if (!Number.isFinite(lifetime) || lifetime < 2 ** 20) return { ok: false, reason: `key lifetime ${param}` };
  }
  return {
    ok: true,
    master: { key: material.subarray(0, masterKeyLength), salt: material.subarray(masterKeyLength) },
  };
}

/** Key derivation labels (RFC 3711 section 4.3.1 and 4.3.2). */
export const kdfLabel = {
  rtpEncryption: 0,
  rtpAuthentication: 1,
  rtpSalt: 2,
  rtcpEncryption: 3,
  rtcpAuthentication: 4,
  rtcpSalt: 5,
} as const;

/**
 * The AES-CM PRF with a key derivation rate of 0 (r = 0): x = (label << 48) XOR master_salt,
 * keystream from IV = x * 2^16 under the master key, the first `length` bytes.
 */
export function deriveSessionKey(master: MasterKey, label: number, length: number): Buffer {
  const iv = Buffer.alloc(16);
  master.salt.copy(iv, 0);
  iv[7] = iv[7]! ^ label;
  const cipher = createCipheriv('aes-128-ctr', master.key, iv);
  return cipher.update(Buffer.alloc(length));
}

export interface SessionKeys {
  encryptionKey: Buffer;
  authenticationKey: Buffer;
  salt: Buffer;
}

export function deriveRtpKeys(master: MasterKey): SessionKeys {
  return {
    encryptionKey: deriveSessionKey(master, kdfLabel.rtpEncryption, 16),
    authenticationKey: deriveSessionKey(master, kdfLabel.rtpAuthentication, 20),
    salt: deriveSessionKey(master, kdfLabel.rtpSalt, 14),
  };
}

export function deriveRtcpKeys(master: MasterKey): SessionKeys {
  return {
    encryptionKey: deriveSessionKey(master, kdfLabel.rtcpEncryption, 16),
    authenticationKey: deriveSessionKey(master, kdfLabel.rtcpAuthentication, 20),
    salt: deriveSessionKey(master, kdfLabel.rtcpSalt, 14),
  };
}

/**
 * The AES-CM IV of RFC 3711 section 4.1.1: (k_s * 2^16) XOR (SSRC * 2^64) XOR (index * 2^16),
 * with a 48-bit index (SRTP) or 31-bit index (SRTCP).
 */
export function counterIv(sessionSalt: Buffer, ssrc: number, index: number): Buffer {
  const iv = Buffer.alloc(16);
  sessionSalt.copy(iv, 0);
  iv.writeUInt32BE((iv.readUInt32BE(4) ^ ssrc) >>> 0, 4);
  const high = Math.floor(index / 2 ** 32);
  iv.writeUInt16BE((iv.readUInt16BE(8) ^ high) & 0xffff, 8);
  iv.writeUInt32BE((iv.readUInt32BE(10) ^ index) >>> 0, 10);
  return iv;
}
