import type { ReactNode } from 'react';

/** Icons of the calling screens; decorative, the buttons around them carry the names. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const handset = 'M5 4h3l2 5-2.5 1.5a11 11 0 0 0 6 6L15 14l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2';

export function PhoneIcon() {
  return (
    <Icon>
      <path d={handset} />
    </Icon>
  );
}

export function HangUpIcon() {
  return (
    <Icon>
      <path d="M3 14.5c5-4.7 13-4.7 18 0l-2.3 2.3-3.2-1.6v-2.6a9.5 9.5 0 0 0-7 0v2.6l-3.2 1.6z" />
    </Icon>
  );
}

export function MicrophoneIcon({ off = false }: { off?: boolean }) {
  return (
    <Icon>
      <rect x="9" y="3" width="6" height="11" rx="3" />
      <path d="M5 11a7 7 0 0 0 14 0M12 18v3" />
      {off && <path d="M4 4l16 16" />}
    </Icon>
  );
}

export function PauseIcon() {
  return (
    <Icon>
      <path d="M9 5v14M15 5v14" />
    </Icon>
  );
}

export function DialpadIcon() {
  return (
    <Icon>
      {[5, 11, 17].flatMap((cy) =>
        [6, 12, 18].map((cx) => (
          <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="1.5" fill="currentColor" stroke="none" />
        )),
      )}
      <circle cx="12" cy="22" r="1.5" fill="currentColor" stroke="none" />
    </Icon>
  );
}

export function BackspaceIcon() {
  return (
    <Icon>
      <path d="M9 5h11v14H9l-6-7z" />
      <path d="M12 9l5 6M17 9l-5 6" />
    </Icon>
  );
}

export function RedialIcon() {
  return (
    <Icon>
      <path d="M4 12a8 8 0 1 0 2.5-5.8M4 4v4h4" />
    </Icon>
  );
}
