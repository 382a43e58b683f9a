import { useEffect, useRef, useState } from 'react';

interface AudioTestButtonProps {
  label: string;
  /** Plays the sound; resolves with the problems worded for the person (empty when it played). */
  play(): Promise<string[]>;
  /** What to say while it plays, such as "Playing on Headset". */
  playingText: string;
  /** How long the sound lasts, so the status clears when it ends. */
  durationMs: number;
}

type TestStatus = { kind: 'idle' } | { kind: 'playing' } | { kind: 'failed'; message: string };

export function AudioTestButton({ label, play, playingText, durationMs }: AudioTestButtonProps) {
  const [status, setStatus] = useState<TestStatus>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const start = async () => {
    clearTimeout(timer.current);
    setStatus({ kind: 'playing' });
    const problems = await play();
    if (problems.length > 0) {
      setStatus({ kind: 'failed', message: problems.join(' ') });
      return;
    }
    timer.current = setTimeout(() => setStatus({ kind: 'idle' }), durationMs);
  };

  return (
    <div className="audio-test">
      <button type="button" className="secondary-button" onClick={() => void start()}>
        {label}
      </button>
      <p className={status.kind === 'failed' ? 'audio-problem' : 'audio-test__status'} aria-live="polite">
        {status.kind === 'playing' ? playingText : status.kind === 'failed' ? status.message : ''}
      </p>
    </div>
  );
}
