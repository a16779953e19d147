/** Dates as listings write them ("Jul 7, 2022", "Oct 30", "2008-11-13", RFC 2822) to ISO forms. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

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

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Why a date field's text has the shape of a date but names no day of the calendar (`2024-13-99`, `2023-02-29`,
 * `Feb 30, 2024`), or null. Such a value is refused rather than read as no date or rolled over to another day.
 */
export function impossibleDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (month < 1 || month > 12) return `"${text}" is not a calendar date (there is no month ${month})`;
    const days = month === 2 && !isLeapYear(year) ? 28 : new Date(Date.UTC(2024, month, 0)).getUTCDate();
    return day >= 1 && day <= days ? null : `"${text}" is not a calendar date (month ${month} of ${year} has no day ${day})`;
  }
  const listing = LISTING_DATE.exec(text);
  if (listing && monthIndex(listing[1]) >= 0 && !validDay(monthIndex(listing[1]), Number(listing[2]))) {
    return `"${text}" is not a calendar date (${listing[1]} has no day ${Number(listing[2])})`;
  }
  return null;
}

/** A date field of a JSONL/CSV record to `YYYY-MM-DD` (or `MM-DD`), null when it is not a date. */
export function normaliseDate(value: unknown): string | null {
  if (typeof value !== 'string' || impossibleDate(value) !== null) return null;
  const text = value.trim();
  if (!text) return null;
  const iso = ISO_DATE.exec(text);
  if (iso) return `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`;
  const listing = parseListingDate(text);
  if (listing) return listing.date;
  if (!/[a-z]/i.test(text) || !/\d{4}/.test(text)) return null;
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}
