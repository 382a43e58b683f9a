import { NodeTransport } from '../../electron/sip/transport/node-transport';
import { startSipBenchLab } from './sip-bench-lab';

const events: { at: number; what: string }[] = [];
const proto = NodeTransport.prototype as unknown as { send(m: string): Promise<void>; receive(m: string): void };
const send = proto.send;
const receive = proto.receive;
const first = (m: string) => `${m.split('\r\n')[0]!.split(' ').slice(0, 2).join(' ')} ${/CSeq: .*/.exec(m)?.[0]}${/Authorization/.test(m) ? ' auth' : ''}`;
proto.send = function (m) { events.push({ at: performance.now(), what: `> ${first(m)}` }); return send.call(this, m); };
proto.receive = function (m) { events.push({ at: performance.now(), what: `< ${first(m)}` }); return receive.call(this, m); };
const lab = await startSipBenchLab(5);
const seg: Record<string, number[]> = {};
const add = (k: string, v: number) => (seg[k] ??= []).push(v);
try {
  events.length = 0;
  console.log('register', (await lab.timeRegistration()).toFixed(2));
  console.log(events.map((e) => e.what).join('\n'));
  for (let i = 0; i < 40; i++) {
    events.length = 0;
    const dialAt = performance.now();
    const { call, setupMs } = await lab.connect();
    const connectedAt = dialAt + setupMs;
    const find = (re: RegExp) => events.find((e) => re.test(e.what))!.at;
    const inv1 = find(/> INVITE .*CSeq: 1 INVITE/), r407 = find(/< SIP\/2.0 407/), inv2 = find(/> INVITE .*auth/);
    const r180 = find(/< SIP\/2.0 180/), r200 = find(/< SIP\/2.0 200 .*INVITE/);
    add('dial->INVITE', inv1 - dialAt); add('INVITE->407', r407 - inv1); add('407->INVITE2', inv2 - r407);
    add('INVITE2->180', r180 - inv2); add('180->200', r200 - r180); add('200->connected', connectedAt - r200); add('total', setupMs);
    await lab.hangUp(call);
  }
} finally {
  await lab.stop();
}
const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
for (const [k, v] of Object.entries(seg)) console.log(k.padEnd(16), med(v).toFixed(2), 'max', Math.max(...v).toFixed(2));
