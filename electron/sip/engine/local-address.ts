import { createSocket } from 'node:dgram';

/**
 * The local address the OS would use to reach host: a UDP socket "connected" to it sends nothing
 * but learns its source address. Via and Contact carry it, as other softphones do.
 */
export async function localAddressToward(host: string, port: number): Promise<string> {
  const socket = createSocket('udp4');
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.connect(port, host, () => resolve());
    });
    return socket.address().address;
  } finally {
    socket.close();
  }
}
