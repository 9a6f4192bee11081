import { toIsoSeconds } from '../../core/expiry/effective-expiry';
import type { Language } from '../../i18n/messages';

export function formatLocalTime(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'long' }).format(ms);
}

export const formatUtc = toIsoSeconds;

// the first DateTimeFormat of a page costs tens of milliseconds: the header's one is made once per language
const timeOfDayFormats = new Map<Language, Intl.DateTimeFormat>();

/** `9:41:05 PM` / `21:41:05`: a time today, to the second. */
export function formatTimeOfDay(ms: number, language: Language): string {
  let format = timeOfDayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
    timeOfDayFormats.set(language, format);
  }
  return format.format(ms);
}

/**
 * 1 h 5 min, 45 s … for durations shown to operators. `minute` precision is for a span measured between two
 * clocks (credentials' expiry − signing time), shown beside a time to the minute: it jitters by the seconds a
 * round trip took, so it is rounded to the nearest minute once it is a minute or more.
 */
export function formatDuration(
  ms: number,
  language: Language,
  precision: 'second' | 'minute' = 'second',
): string {
  const exact = Math.max(0, Math.round(ms / 1000));
  const s = precision === 'minute' && exact >= 60 ? Math.round(exact / 60) * 60 : exact;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const zh = language === 'zh-CN';
  const parts: string[] = [];
  if (h) parts.push(zh ? `${h} 小时` : `${h} h`);
  if (m) parts.push(zh ? `${m} 分钟` : `${m} min`);
  if (!h && (sec || !m)) parts.push(zh ? `${sec} 秒` : `${sec} s`);
  return parts.join(' ');
}

/** `21:05` (today) or `Dec 2, 21:05` (another day): when a link stops working, at a glance. */
export function formatClockTime(ms: number, language: Language, now: number = Date.now()): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(language, {
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}
