export default {
  durationSeconds: '{seconds} s',
  durationMinutes: '{minutes} min',
  durationMinutesSeconds: '{minutes} min {seconds} s',
  durationHours: '{hours} h',
  durationHoursMinutes: '{hours} h {minutes} min',
} as const;
