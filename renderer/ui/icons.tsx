import type { ReactNode } from 'react';

/** Decorative icons; the controls around them carry the accessible names. */
export function Icon({
  children,
  size = 20,
  strokeWidth = 1.8,
}: {
  children: ReactNode;
  size?: number;
  strokeWidth?: number;
}) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function KeypadIcon() {
  return (
    <Icon>
      {[4, 10, 16].flatMap((cy) =>
        [6, 12, 18].map((cx) => (
          <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="1.7" fill="currentColor" stroke="none" />
        )),
      )}
      <circle cx="12" cy="21.5" r="1.7" fill="currentColor" stroke="none" />
    </Icon>
  );
}

export function ContactsIcon() {
  return (
    <Icon>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" />
    </Icon>
  );
}

export function HistoryIcon() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </Icon>
  );
}

export function SettingsIcon() {
  return (
    <Icon>
      <path d="M4 6h10M18 6h2M4 12h2M10 12h10M4 18h8M16 18h4" />
      <circle cx="16" cy="6" r="2" />
      <circle cx="8" cy="12" r="2" />
      <circle cx="14" cy="18" r="2" />
    </Icon>
  );
}

export function LogoMark() {
  return (
    <svg className="logo-mark" viewBox="0 0 28 28" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="28" height="28" rx="8" fill="var(--color-accent)" />
      <path
        d="M7 14h2M11 10v8M15 7v14M19 11v6M23 14h-2"
        stroke="var(--color-on-accent)"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
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

/** A filled dot while recording, a ring otherwise. */
export function RecordIcon({ on = false }: { on?: boolean }) {
  return (
    <Icon>
      <circle cx="12" cy="12" r="7" />
      {on && <circle cx="12" cy="12" r="3.5" fill="currentColor" />}
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

const starPath = 'M12 3.5l2.6 5.3 5.9.9-4.2 4.1 1 5.8-5.3-2.8-5.3 2.8 1-5.8-4.2-4.1 5.9-.9z';

export function StarIcon({ filled = false }: { filled?: boolean }) {
  return (
    <Icon size={18}>
      <path d={starPath} fill={filled ? 'currentColor' : 'none'} />
    </Icon>
  );
}

export function PlusIcon() {
  return (
    <Icon size={18}>
      <path d="M12 5v14M5 12h14" />
    </Icon>
  );
}

export function SearchIcon() {
  return (
    <Icon size={18}>
      <circle cx="11" cy="11" r="6.5" />
      <path d="M16 16l4.5 4.5" />
    </Icon>
  );
}

export function UploadIcon() {
  return (
    <Icon size={18}>
      <path d="M12 16V4M7 9l5-5 5 5M5 20h14" />
    </Icon>
  );
}

export function DownloadIcon() {
  return (
    <Icon size={18}>
      <path d="M12 4v12M7 11l5 5 5-5M5 20h14" />
    </Icon>
  );
}

export function TrashIcon() {
  return (
    <Icon size={18}>
      <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
    </Icon>
  );
}

export function PersonPlusIcon() {
  return (
    <Icon size={18}>
      <circle cx="10" cy="8" r="3.5" />
      <path d="M3.5 20c0-3.8 2.9-6 6.5-6s6.5 2.2 6.5 6M19 8v6M16 11h6" />
    </Icon>
  );
}

export function TextBubbleIcon({ size = 20 }: { size?: number }) {
  return (
    <Icon size={size}>
      <path d="M4 5h16v11H9l-5 4z" />
    </Icon>
  );
}

export function TransferIcon() {
  return (
    <Icon>
      <path d="M4 8h13" />
      <path d="m13 4 4 4-4 4" />
      <path d="M20 16H7" />
      <path d="m11 12-4 4 4 4" />
    </Icon>
  );
}
