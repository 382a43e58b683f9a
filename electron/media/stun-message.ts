import { randomBytes } from 'node:crypto';
import type { Endpoint } from './sdp-remote';

/** RFC 5389: just enough for a Binding Request and its XOR-MAPPED-ADDRESS. */

export const stunMagicCookie = 0x2112a442;
const bindingRequest = 0x0001;
const bindingSuccess = 0x0101;
const bindingError = 0x0111;
const attributeMappedAddress = 0x0001;
const attributeXorMappedAddress = 0x0020;

/** A datagram on the RTP port is STUN when its top two bits are 0 and it carries the magic cookie. */
export function isStunMessage(datagram: Uint8Array): boolean {
  return (
    datagram.length >= 20 &&
    datagram[0]! >> 6 === 0 &&
    Buffer.from(datagram.buffer, datagram.byteOffset, datagram.byteLength).readUInt32BE(4) === stunMagicCookie
  );
}

export function buildBindingRequest(transactionId = randomBytes(12)): { transactionId: Buffer; message: Buffer } {
  const message = Buffer.alloc(20);
  message.writeUInt16BE(bindingRequest, 0);
  message.writeUInt16BE(0, 2);
  message.writeUInt32BE(stunMagicCookie, 4);
  transactionId.copy(message, 8);
  return { transactionId, message };
}

export type BindingResponse =
  { kind: 'success'; transactionId: Buffer; mapped: Endpoint | undefined } | { kind: 'error'; transactionId: Buffer };

function readAddress(value: Buffer, xor: boolean): Endpoint | undefined {
  if (value.length < 8 || value[1] !== 0x01) return undefined;
  const port = value.readUInt16BE(2) ^ (xor ? stunMagicCookie >>> 16 : 0);
  const raw = (value.readUInt32BE(4) ^ (xor ? stunMagicCookie : 0)) >>> 0;
  const address = [raw >>> 24, (raw >>> 16) & 0xff, (raw >>> 8) & 0xff, raw & 0xff].join('.');
  return { address, port };
}

/** Parses a Binding success or error response; undefined for anything else (never throws). */
export function parseBindingResponse(datagram: Buffer): BindingResponse | undefined {
  if (!isStunMessage(datagram)) return undefined;
  const type = datagram.readUInt16BE(0);
  const length = datagram.readUInt16BE(2);
  if (20 + length > datagram.length) return undefined;
  const transactionId = Buffer.from(datagram.subarray(8, 20));
  if (type === bindingError) return { kind: 'error', transactionId };
  if (type !== bindingSuccess) return undefined;
  let mapped: Endpoint | undefined;
  let fallback: Endpoint | undefined;
  for (let at = 20; at + 4 <= 20 + length;) {
    const attribute = datagram.readUInt16BE(at);
    const size = datagram.readUInt16BE(at + 2);
    const value = datagram.subarray(at + 4, at + 4 + size);
    if (value.length < size) return undefined;
    if (attribute === attributeXorMappedAddress) mapped ??= readAddress(value, true);
    if (attribute === attributeMappedAddress) fallback ??= readAddress(value, false);
    at += 4 + Math.ceil(size / 4) * 4;
  }
  return { kind: 'success', transactionId, mapped: mapped ?? fallback };
}

/** For tests and tools: a Binding success response carrying XOR-MAPPED-ADDRESS. */
export function buildBindingSuccess(transactionId: Buffer, mapped: Endpoint): Buffer {
  const message = Buffer.alloc(32);
  message.writeUInt16BE(bindingSuccess, 0);
  message.writeUInt16BE(12, 2);
  message.writeUInt32BE(stunMagicCookie, 4);
  transactionId.copy(message, 8);
  message.writeUInt16BE(attributeXorMappedAddress, 20);
  message.writeUInt16BE(8, 22);
  message.writeUInt16BE(0x0001, 24);
  message.writeUInt16BE(mapped.port ^ (stunMagicCookie >>> 16), 26);
  const raw = mapped.address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
  message.writeUInt32BE((raw ^ stunMagicCookie) >>> 0, 28);
  return message;
}
