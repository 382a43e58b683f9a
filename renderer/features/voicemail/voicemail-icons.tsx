import { Icon } from '../../ui/icons';

/** A reel-to-reel tape: the voicemail sign on phones. */
export function VoicemailIcon() {
  return (
    <Icon>
      <circle cx="6.5" cy="12" r="3.5" />
      <circle cx="17.5" cy="12" r="3.5" />
      <path d="M6.5 15.5h11" />
    </Icon>
  );
}

export function PlayIcon() {
  return (
    <Icon size={18}>
      <path d="M7 5l12 7-12 7z" fill="currentColor" />
    </Icon>
  );
}

/** An open envelope: mark as played. */
export function MarkPlayedIcon() {
  return (
    <Icon size={18}>
      <path d="M4 10l8-6 8 6v10H4zM4 10l8 5 8-5" />
    </Icon>
  );
}

/** A closed envelope with a dot: mark as not played. */
export function MarkUnplayedIcon() {
  return (
    <Icon size={18}>
      <path d="M3 7h13M3 7v12h16v-7M3 7l8 6 4-3" />
      <circle cx="19.5" cy="6.5" r="2.5" fill="currentColor" stroke="none" />
    </Icon>
  );
}
