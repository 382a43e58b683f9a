import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  durationSeconds: '{seconds} s',
  durationMinutes: '{minutes} min',
  durationMinutesSeconds: '{minutes} min {seconds} s',
  durationHours: '{hours} h',
  durationHoursMinutes: '{hours} h {minutes} min',
} satisfies Translation<typeof en>;
