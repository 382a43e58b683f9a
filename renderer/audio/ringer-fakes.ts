import type { AudioElementLike } from './ringer-playback';

/** Test double of HTMLAudioElement: records where it plays and whether it is playing. */
export class FakeAudio implements AudioElementLike {
  loop = false;
  currentTime = 0;
  sinkId = '';
  playing = false;

  constructor(
    readonly url: string,
    private readonly failures: { sink?: DOMException; play?: DOMException },
  ) {}

  async setSinkId(sinkId: string) {
    if (this.failures.sink) throw this.failures.sink;
    this.sinkId = sinkId;
  }

  async play() {
    if (this.failures.play) throw this.failures.play;
    this.playing = true;
  }

  pause() {
    this.playing = false;
  }
}

/** Makes FakeAudio elements and keeps them, optionally failing for some sinks. */
export function fakeAudioFactory() {
  const created: FakeAudio[] = [];
  const failures: { sink?: DOMException; play?: DOMException } = {};
  return {
    created,
    failures,
    createAudio: (url: string) => {
      const audio = new FakeAudio(url, { ...failures });
      created.push(audio);
      return audio;
    },
    /** Where sound comes out now: the sink ids of the elements playing. */
    playingSinks: () =>
      created
        .filter((audio) => audio.playing)
        .map((audio) => audio.sinkId)
        .sort(),
  };
}

export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
