/** Dates as listings write them ("Jul 7, 2022", "Oct 30", "2008-11-13", RFC 2822) to ISO forms. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** "Jul 7, 2022", "Jul 11", "Jul 11 1" (upvotes), "Oct 25, 2024 5", "Jan 29, 2024 1". */
const LISTING_DATE = new RegExp(`^${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:(,)?\\s*(\\d{4}))?(?:\\s+(\\d{1,7}))?$`, 'i');

const pad = (value: number): string => String(value).padStart(2, '0');

export interface ListingDate {
  /** `YYYY-MM-DD`, or `MM-DD` when the text gives no year. */
  date: string;
  upvotes: number | null;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function validDay(month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(2024, month + 1, 0)).getUTCDate();
}

/**
 * A whole line that is a month-day date, optionally with year and a trailing upvote count.
 * "Jul 11 2024" (no comma) reads the 4 digits as a year when they look like one.
 */
export function parseListingDate(text: string): ListingDate | null {
  const match = LISTING_DATE.exec(text.trim());
  if (!match) return null;
  const [, monthName, dayText, comma, yearText, upvotesText] = match;
  const month = monthIndex(monthName);
  const day = Number(dayText);
  if (month < 0 || !validDay(month, day)) return null;
  let year: number | null = yearText ? Number(yearText) : null;
  let upvotes: number | null = upvotesText ? Number(upvotesText) : null;
  if (year !== null && !comma && upvotes === null && (year < 1900 || year > 2100)) {
    upvotes = year;
    year = null;
  }
  const monthDay = `${pad(month + 1)}-${pad(day)}`;
  return { date: year === null ? monthDay : `${year}-${monthDay}`, upvotes };
}

/** A date field of a JSONL/CSV record to `YYYY-MM-DD` (or `MM-DD`), null when it is not a date. */
export function normaliseDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text) return null;
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(text);
  if (iso) {
    const month = Number(iso[2]) - 1;
    const day = Number(iso[3]);
    return month >= 0 && month < 12 && validDay(month, day) ? `${iso[1]}-${pad(month + 1)}-${pad(day)}` : null;
  }
  const listing = parseListingDate(text);
  if (listing) return listing.date;
  if (!/[a-z]/i.test(text) || !/\d{4}/.test(text)) return null;
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}
