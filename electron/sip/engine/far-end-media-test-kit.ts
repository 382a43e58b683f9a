import { createSocket, type Socket } from 'node:dgram';

/** Test-only: the far end's RTP socket on 127.0.0.1; its port goes into the far end's SDP. */
export async function farEndMedia() {
  const socket: Socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    port: socket.address().port,
    /** Sends `count` PCMU packets of silence, 20 ms apart, as a phone playing early media would. */
    async sendPcmu(to: { address: string; port: number }, count: number): Promise<void> {
      for (let sequence = 0; sequence < count; sequence++) {
        const packet = Buffer.alloc(12 + 160, 0xff);
        packet.writeUInt8(0x80, 0); // version 2
        packet.writeUInt8(0, 1); // payload type 0 (PCMU), no marker
        packet.writeUInt16BE(sequence, 2);
        packet.writeUInt32BE(sequence * 160, 4);
        packet.writeUInt32BE(0x1234abcd, 8);
        socket.send(packet, to.port, to.address);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => socket.close(),
  };
}
