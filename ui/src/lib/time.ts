// Compact "how long ago" labels for the sidebar. Pure: the caller passes `now` (the sidebar
// ticks it once a minute) so labels are testable and never read the clock themselves.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function relativeTime(timestampMs: number, nowMs: number, locale?: string): string {
  const age = nowMs - timestampMs;
  if (age < MINUTE) return "just now";
  if (age < HOUR) return `${Math.floor(age / MINUTE)} min ago`;
  if (age < DAY) return `${Math.floor(age / HOUR)} h ago`;
  if (age < 2 * DAY) return "yesterday";
  if (age < 7 * DAY) return `${Math.floor(age / DAY)} days ago`;
  const then = new Date(timestampMs);
  const sameYear = then.getFullYear() === new Date(nowMs).getFullYear();
  return dateFormat(locale, sameYear).format(then);
}

/** Formatters by locale and form, made once: `toLocaleDateString` with options builds a new
 * one per call, which cost about a millisecond per sidebar row at start-up. */
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string | undefined, sameYear: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${sameYear}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(
      locale,
      sameYear ? { month: "short", day: "numeric" } : { year: "numeric", month: "short", day: "numeric" },
    );
    formats.set(key, format);
  }
  return format;
}
