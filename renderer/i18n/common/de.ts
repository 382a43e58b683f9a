import type { Translation } from '../catalogue-types';
import type en from './en';

export default {
  durationSeconds: '{seconds} Sek.',
  durationMinutes: '{minutes} Min.',
  durationMinutesSeconds: '{minutes} Min. {seconds} Sek.',
  durationHours: '{hours} Std.',
  durationHoursMinutes: '{hours} Std. {minutes} Min.',
} satisfies Translation<typeof en>;
