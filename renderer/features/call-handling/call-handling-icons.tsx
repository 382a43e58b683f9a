import { Icon } from '../../ui/icons';

/** A circle struck through: the blocked-caller sign on phones. */
export function BlockIcon() {
  return (
    <Icon size={18}>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M6 6l12 12" />
    </Icon>
  );
}
