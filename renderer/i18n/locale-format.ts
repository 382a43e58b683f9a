import type { IntlShape } from 'react-intl';

/** Dates, times, durations, numbers and prices in the locale's own way. */
export function localeFormat(intl: IntlShape) {
  return {
    date: (value: Date | number) => intl.formatDate(value, { dateStyle: 'medium' }),
    time: (value: Date | number) => intl.formatTime(value, { timeStyle: 'short' }),
    dateTime: (value: Date | number) => intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short' }),
    number: (value: number) => intl.formatNumber(value),
    /** 12 s, 4 min 5 s, 1 h 2 min: short enough for a row, the same spoken and written. */
    duration(totalSeconds: number): string {
      const seconds = Math.max(0, Math.round(totalSeconds));
      const hours = Math.floor(seconds / 3600);
      const minutes = Math.floor((seconds % 3600) / 60);
      const rest = seconds % 60;
      if (hours > 0) {
        return minutes > 0
          ? intl.formatMessage({ id: 'common.durationHoursMinutes' }, { hours, minutes })
          : intl.formatMessage({ id: 'common.durationHours' }, { hours });
      }
      if (minutes > 0) {
        return rest > 0
          ? intl.formatMessage({ id: 'common.durationMinutesSeconds' }, { minutes, seconds: rest })
          : intl.formatMessage({ id: 'common.durationMinutes' }, { minutes });
      }
      return intl.formatMessage({ id: 'common.durationSeconds' }, { seconds: rest });
    },
    /**
     * An amount in an ISO 4217 currency as Twilio names it ("usd"), down to the tenth of a cent that
     * per-minute prices use; a malformed currency from the network still shows, cut short.
     */
    price(amount: number, currency: string): string {
      const code = currency.toUpperCase();
      if (!/^[A-Z]{3}$/.test(code))
        return `${intl.formatNumber(amount, { maximumFractionDigits: 4 })} ${currency.slice(0, 8)}`;
      return intl.formatNumber(amount, { style: 'currency', currency: code, maximumFractionDigits: 4 });
    },
  };
}

export type LocaleFormat = ReturnType<typeof localeFormat>;
