import { selectors, useDevicesStore } from '../../stores/devices/devices.store';

/** Says why the ringer is silent; for the incoming-call screen. Renders nothing while it works. */
export function RingerNotice() {
  const problem = useDevicesStore(selectors.ringerProblem);
  if (!problem) return null;
  return (
    <p className="ringer-notice" role="status">
      {problem}
    </p>
  );
}
