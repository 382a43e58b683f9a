import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { assertNever } from '../../../shared/assert-never';
import type { Voicemail } from '../../../shared/models/voicemail';
import { useT } from '../../i18n/use-t';
import type { RecordingAudio } from '../../stores/media-blob';
import { deviceIdOf } from '../../stores/devices/device-choice';
import { selectors as devicesSelectors, useDevicesStore } from '../../stores/devices/devices.store';
import { playbackSpeeds, selectors, useVoicemailStore } from '../../stores/voicemail/voicemail.store';
import { PauseIcon } from '../../ui/icons';
import { playerCommandFor, playerKeyTarget } from './player-keys';
import { useRecordingAudio } from './use-recording-audio';
import { PlayIcon } from './voicemail-icons';
import { clockText, positionText } from './voicemail-text';

/** setSinkId, which not every engine has. */
type SinkAudio = HTMLAudioElement & { setSinkId?: (sinkId: string) => Promise<void> };

function startPlaying(audio: HTMLAudioElement, onProblem: () => void) {
  audio.play().catch((error: unknown) => {
    // A pause before playback started rejects play() with AbortError: nothing went wrong.
    if (!(error instanceof DOMException && error.name === 'AbortError')) onProblem();
  });
}

interface RecordingPlayerProps {
  /** The recording: a voicemail's id, or a call recording's sid. */
  recordingId: string;
  /** What it is, for the player's name ("voicemail from Ada"). */
  label: string;
  /** Until the audio says otherwise. */
  durationSeconds: number;
  loadAudio(): Promise<RecordingAudio>;
  autoPlay: boolean;
  id: string;
  /** What the person can do instead when it cannot be played ("read the transcription or call back"). */
  ifItStillFails: string;
  onPlay?(): void;
}

/** Plays one recording on the chosen speaker: play and pause, a seek slider, speed, and keys (Space/K, J/L, ←/→). */
export function RecordingPlayer(props: RecordingPlayerProps) {
  const { recordingId, label, loadAudio, autoPlay, id, ifItStillFails, onPlay } = props;
  const t = useT();
  const audioRef = useRef<SinkAudio>(null);
  const hintId = useId();
  const [attempt, setAttempt] = useState(0);
  const source = useRecordingAudio(recordingId, loadAudio, attempt);
  const url = source.state === 'ready' ? source.url : undefined;
  const speed = useVoicemailStore(selectors.speed);
  const speakerId = useDevicesStore((state) => deviceIdOf(devicesSelectors.speaker(state)));
  const [elapsed, setElapsed] = useState(0);
  const [mediaDuration, setMediaDuration] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outputNote, setOutputNote] = useState<string | null>(null);
  const total = mediaDuration ?? props.durationSeconds;
  const cannotPlayText = t('voicemail.unplayable', { ifItStillFails });
  const cannotPlay = () => setProblem(cannotPlayText);
  const ready = url !== undefined;

  useEffect(() => {
    const audio = audioRef.current;
    if (!audio?.setSinkId) return;
    let current = true;
    audio.setSinkId(speakerId ?? '').then(
      () => current && setOutputNote(null),
      () => {
        if (!current) return;
        setOutputNote(t('voicemail.speakerUnavailable'));
        void audio.setSinkId?.('').catch(() => undefined);
      },
    );
    return () => {
      current = false;
    };
  }, [speakerId, t]);

  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    audio.defaultPlaybackRate = speed;
    audio.playbackRate = speed;
  }, [speed, url]);

  useEffect(() => {
    if (url && autoPlay && audioRef.current) startPlaying(audioRef.current, () => setProblem(cannotPlayText));
  }, [url, autoPlay, cannotPlayText]);

  function toggle() {
    const audio = audioRef.current;
    if (!audio || !ready) return;
    if (audio.paused) startPlaying(audio, cannotPlay);
    else audio.pause();
  }

  function retry() {
    setProblem(null);
    setMediaDuration(null);
    setElapsed(0);
    setAttempt((count) => count + 1);
  }

  function seekTo(seconds: number) {
    const audio = audioRef.current;
    if (!audio || !ready) return;
    const to = Math.min(Math.max(0, seconds), total);
    audio.currentTime = to;
    setElapsed(to);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const command = playerCommandFor(event, playerKeyTarget(event.target));
    if (!command || !ready) return;
    event.preventDefault();
    switch (command.kind) {
      case 'toggle':
        return toggle();
      case 'seek':
        return seekTo((audioRef.current?.currentTime ?? elapsed) + command.by);
      default:
        return assertNever(command);
    }
  }

  function durationFrom(audio: HTMLAudioElement) {
    if (Number.isFinite(audio.duration) && audio.duration > 0) setMediaDuration(audio.duration);
  }

  return (
    <div
      id={id}
      role="group"
      aria-label={t('voicemail.playerLabel', { label })}
      aria-describedby={hintId}
      className="voicemail-player"
      onKeyDown={onKeyDown}
    >
      <audio
        ref={audioRef}
        src={url}
        preload="auto"
        onTimeUpdate={(event) => setElapsed(event.currentTarget.currentTime)}
        onDurationChange={(event) => durationFrom(event.currentTarget)}
        onLoadedMetadata={(event) => durationFrom(event.currentTarget)}
        onPlay={() => {
          setPlaying(true);
          setProblem(null);
          onPlay?.();
        }}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onError={() => ready && cannotPlay()}
      />
      <div className="voicemail-player__controls">
        <button
          type="button"
          className="voicemail-player__play"
          aria-label={playing ? t('voicemail.pause') : t('voicemail.play')}
          aria-keyshortcuts="Space K"
          aria-disabled={!ready || undefined}
          onClick={toggle}
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <input
          type="range"
          className="voicemail-player__position"
          aria-label={t('voicemail.positionLabel')}
          aria-valuetext={positionText(elapsed, total, t)}
          min={0}
          max={Math.max(1, Math.ceil(total))}
          step={1}
          value={Math.floor(Math.min(elapsed, total))}
          disabled={!ready}
          onChange={(event) => seekTo(Number(event.currentTarget.value))}
        />
        <span className="voicemail-player__time" aria-hidden="true">
          {t('voicemail.clock', { elapsed: clockText(elapsed), total: clockText(total) })}
        </span>
        <div className="voicemail-player__speed" role="radiogroup" aria-labelledby={`${id}-speed`}>
          <span id={`${id}-speed`} className="voicemail-player__speed-label">
            {t('voicemail.speed')}
          </span>
          {playbackSpeeds.map((choice) => (
            <label key={choice} className="voicemail-player__speed-choice">
              <input
                type="radio"
                name={`${id}-speed`}
                checked={speed === choice}
                onChange={() => useVoicemailStore.getState().setSpeed(choice)}
              />
              {t('voicemail.speedChoice', { speed: choice })}
            </label>
          ))}
        </div>
      </div>
      <p id={hintId} className="voicemail-player__hint">
        {t('voicemail.keysHint')}
      </p>
      {source.state === 'loading' && (
        <p className="voicemail-player__note" role="status">
          {t('voicemail.loadingRecording')}
        </p>
      )}
      {outputNote && (
        <p className="voicemail-player__note" role="status">
          {outputNote}
        </p>
      )}
      {(source.state === 'failed' || problem) && (
        <div className="contacts-problem voicemail-player__problem" role="alert">
          {source.state === 'failed' ? source.message : problem}
          <button type="button" className="link-button" onClick={retry}>
            {t('voicemail.tryAgain')}
          </button>
        </div>
      )}
    </div>
  );
}

interface VoicemailPlayerProps {
  voicemail: Voicemail;
  /** Who left it, for the player's name. */
  caller: string;
  autoPlay: boolean;
  id: string;
}

/** A voicemail's player: playing it marks it played. */
export function VoicemailPlayer({ voicemail, caller, autoPlay, id }: VoicemailPlayerProps) {
  const t = useT();
  const store = useVoicemailStore.getState();
  return (
    <RecordingPlayer
      id={id}
      recordingId={voicemail.id}
      label={t('voicemail.voicemailFrom', { name: caller })}
      durationSeconds={voicemail.durationSeconds}
      loadAudio={() => store.audioOf(voicemail.id)}
      autoPlay={autoPlay}
      ifItStillFails={t('voicemail.ifItStillFails')}
      onPlay={() => {
        if (!voicemail.played) void store.setPlayed(voicemail.id, true);
      }}
    />
  );
}
