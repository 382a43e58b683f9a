import { useCallsStore } from '../stores/calls/calls.store';
import { useHeadsetStore } from '../stores/headset/headset.store';
import { translate } from '../i18n/translate';
import { linkHeadset, type CallsForHeadset } from './headset-link';
import { webHid, type HidConnectionEvent, type HidDevice } from './webhid';

const calls: CallsForHeadset = {
  calls: () => useCallsStore.getState().active,
  subscribe: (listener) => useCallsStore.subscribe(listener),
  answer: (callId) => useCallsStore.getState().answer(callId),
  hangUp: (callId) => useCallsStore.getState().hangUp(callId),
  setMuted: (callId, muted) => useCallsStore.getState().setMuted(callId, muted),
};

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Headset buttons for the life of the window: the telephony devices the page may already use
 * (granted before, or allowed by the desktop app), those plugged in later and those chosen in
 * Settings are each linked to the calls. Returns a function that stops.
 */
export function startHeadsets(): () => void {
  const hid = webHid();
  if (!hid) return () => {};
  const store = useHeadsetStore.getState();
  const links = new Map<HidDevice, () => void>();

  function follow(devices: readonly HidDevice[]) {
    for (const [device, unlink] of links) {
      if (devices.includes(device)) continue;
      unlink();
      links.delete(device);
    }
    for (const device of devices) {
      if (links.has(device)) continue;
      const onProblem = (error: unknown) =>
        store.reportProblem(translate('devices.headsetProblem', { name: device.productName, reason: reasonOf(error) }));
      links.set(device, linkHeadset(device, calls, onProblem));
    }
  }

  const onConnect = (event: Event) => store.add([(event as HidConnectionEvent).device]);
  const onDisconnect = (event: Event) => store.remove((event as HidConnectionEvent).device);
  hid.addEventListener('connect', onConnect);
  hid.addEventListener('disconnect', onDisconnect);
  const stopFollowing = useHeadsetStore.subscribe((state, previous) => {
    if (state.devices !== previous.devices) follow(state.devices);
  });
  follow(useHeadsetStore.getState().devices);
  hid
    .getDevices()
    .then(store.add, (error: unknown) =>
      store.reportProblem(translate('devices.headsetListFailed', { reason: reasonOf(error) })),
    );

  return () => {
    hid.removeEventListener('connect', onConnect);
    hid.removeEventListener('disconnect', onDisconnect);
    stopFollowing();
    follow([]);
  };
}
