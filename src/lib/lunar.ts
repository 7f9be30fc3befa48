/**
 * Vietnamese lunisolar calendar (âm lịch), computed astronomically.
 *
 * Written from the rules and from Jean Meeus, "Astronomical Algorithms"
 * (2nd ed.): true new moon, ch. 49; apparent solar longitude (low precision),
 * ch. 25. ΔT uses the Espenak–Meeus polynomials (NASA eclipse web site).
 *
 * Days are local civil days in UTC+7 by default: since 1967 Vietnam computes
 * its calendar for the 105°E meridian, while China uses UTC+8 (120°E). A new
 * moon between 16:00 and 17:00 UTC therefore starts a month one day earlier in
 * Vietnam (Tết 1968, 2007, 2030), and can even shift a leap month (Tết 1985).
 *
 * Everything works on Julian Day Numbers and plain integers; no `Date` object
 * is used, so results never depend on the host time zone (process.env.TZ).
 * Civil dates are in the proleptic Gregorian calendar (no Julian switch).
 * Intended range: 1900–2100 (tested 1900-01-31 … 2100-12-31).
 *
 * Precision: new moons within about a minute, solar terms within ~15 minutes.
 * Only where one falls that close to local midnight may a day differ from
 * other tables; for UTC+7 in 1900–2100 that is the 1938 leap month (7 or 8)
 * and new moons on 1944-06-20, 1967-07-07, 2077-11-15 and 2085-10-18.
 */

import { toCivilDate, type IsoDate } from './dates';

/** A Gregorian calendar date; month is 1–12. */
export type SolarDate = { year: number; month: number; day: number };
/** A lunar date; `leap` marks the intercalary month (tháng nhuận). */
export type LunarDate = { year: number; month: number; day: number; leap: boolean };

/**
 * Julian Day Number (the day count starting at noon) of a proleptic Gregorian date.
 * @example jdFromDate({ year: 2000, month: 1, day: 1 }) // 2451545
 */
export function jdFromDate(d: SolarDate): number {
  // Count years from March so that the leap day falls at the end of the year.
  const a = Math.floor((14 - d.month) / 12);
  const y = d.year + 4800 - a;
  const m = d.month + 12 * a - 3;
  return (
    d.day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/**
 * Proleptic Gregorian date of a Julian Day Number (inverse of `jdFromDate`).
 * @example dateFromJd(2451545) // { year: 2000, month: 1, day: 1 }
 */
export function dateFromJd(jd: number): SolarDate {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    year: 100 * b + d - 4800 + Math.floor(m / 10),
    month: m + 3 - 12 * Math.floor(m / 10),
    day: e - Math.floor((153 * m + 2) / 5) + 1,
  };
}

const RAD = Math.PI / 180;
const sind = (deg: number): number => Math.sin(deg * RAD);

/** ΔT = TT − UT in days (Espenak–Meeus polynomials, good enough for 1800–2150). */
function deltaT(jdUt: number): number {
  const y = 2000 + (jdUt - 2451544.5) / 365.2425;
  let s: number;
  if (y < 1860) {
    const u = (y - 1820) / 100;
    s = -20 + 32 * u * u;
  } else if (y < 1900) {
    const t = y - 1860;
    s = 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  } else if (y < 1920) {
    const t = y - 1900;
    s = -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  } else if (y < 1941) {
    const t = y - 1920;
    s = 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  } else if (y < 1961) {
    const t = y - 1950;
    s = 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  } else if (y < 1986) {
    const t = y - 1975;
    s = 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  } else if (y < 2005) {
    const t = y - 2000;
    s = 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  } else if (y < 2050) {
    const t = y - 2000;
    s = 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  } else {
    const u = (y - 1820) / 100;
    s = -20 + 32 * u * u - 0.5628 * (2150 - y);
  }
  return s / 86400;
}

// Periodic terms of Meeus ch. 49 for the new moon: [coefficient, power of E, multiples of M, M', F].
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0], [0.17241, 1, 1, 0, 0], [0.01608, 0, 0, 2, 0], [0.01039, 0, 0, 0, 2],
  [0.00739, 1, -1, 1, 0], [-0.00514, 1, 1, 1, 0], [0.00208, 2, 2, 0, 0], [-0.00111, 0, 0, 1, -2],
  [-0.00057, 0, 0, 1, 2], [0.00056, 1, 1, 2, 0], [-0.00042, 0, 0, 3, 0], [0.00042, 1, 1, 0, 2],
  [0.00038, 1, 1, 0, -2], [-0.00024, 1, -1, 2, 0], [-0.00007, 0, 2, 1, 0], [0.00004, 0, 0, 2, -2],
  [0.00004, 0, 3, 0, 0], [0.00003, 0, 1, 1, -2], [0.00003, 0, 0, 2, 2], [-0.00003, 0, 1, 1, 2],
  [0.00003, 0, -1, 1, 2], [-0.00002, 0, -1, 1, -2], [-0.00002, 0, 1, 3, 0], [0.00002, 0, 0, 4, 0],
];
// Additional (planetary) corrections: [coefficient, A at k = 0, A per lunation]; A1 also has a T² term.
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [0.000325, 299.77, 0.107408], [0.000165, 251.88, 0.016321], [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478], [0.00011, 84.66, 18.206239], [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732], [0.000056, 154.84, 7.30686], [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824], [0.00004, 291.34, 1.844379], [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099], [0.000023, 331.55, 3.592518],
];

/** Instant (JD, UT) of the k-th new moon counted from the one of 2000-01-06. */
function newMoonUt(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const sunM = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const moonM = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  let corr = -0.00017 * sind(omega);
  for (const [c, ePow, nM, nMoon, nF] of NEW_MOON_TERMS) {
    corr += c * e ** ePow * sind(nM * sunM + nMoon * moonM + nF * f);
  }
  PLANETARY_TERMS.forEach(([c, a0, a1], i) => {
    corr += c * sind(a0 + a1 * k - (i === 0 ? 0.009173 * t2 : 0));
  });
  const jde = mean + corr;
  return jde - deltaT(jde);
}

/** Apparent geocentric longitude of the sun in degrees [0, 360) at a UT instant (Meeus ch. 25). */
function sunLongitude(jdUt: number): number {
  const t = (jdUt + deltaT(jdUt) - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sind(m) +
    (0.019993 - 0.000101 * t) * sind(2 * m) +
    0.000289 * sind(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const lambda = l0 + c - 0.00569 - 0.00478 * sind(omega);
  return ((lambda % 360) + 360) % 360;
}

/** JDN of the local civil day on which the k-th new moon falls. */
function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoonUt(k) + 0.5 + timeZone / 24);
}

/** Sun longitude at the local midnight that begins civil day `jdn`. */
function sunAtDayStart(jdn: number, timeZone: number): number {
  return sunLongitude(jdn - 0.5 - timeZone / 24);
}

const lunationIndex = (jd: number): number => Math.floor((jd - 2451550.09766) / 29.530588861);

/**
 * Lunation index of month 11 of Gregorian year `year`: the month whose civil
 * days contain the December solstice, i.e. the last new-moon day on whose
 * local midnight the sun has not yet reached 270°.
 */
function month11(year: number, timeZone: number): number {
  let k = lunationIndex(jdFromDate({ year, month: 12, day: 31 })) + 1;
  while (sunAtDayStart(newMoonDay(k, timeZone), timeZone) >= 270) k--;
  return k;
}

type Month = { start: number; length: number; month: number; leap: boolean; year: number };

const yearCache = new Map<string, Month[]>();

/**
 * The lunar months from month 11 of Gregorian year `year - 1` up to (not
 * including) month 11 of `year`: 12 months, or 13 in a leap year.
 */
function monthsEndingIn(year: number, timeZone: number): Month[] {
  const key = `${year}@${timeZone}`;
  const cached = yearCache.get(key);
  if (cached) return cached;

  const kStart = month11(year - 1, timeZone);
  const count = month11(year, timeZone) - kStart; // 12 or 13
  const starts: number[] = [];
  for (let i = 0; i <= count; i++) starts.push(newMoonDay(kStart + i, timeZone));
  const term = starts.map((s) => Math.floor(sunAtDayStart(s, timeZone) / 30));

  // In a 13-month year, the first month after month 11 during which the sun
  // enters no new 30° sign (no zhongqi) is the leap month.
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (term[i] === term[i + 1]) {
        leapIndex = i;
        break;
      }
    }
  }

  const months: Month[] = [];
  let number = 10;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (!leap) number = (number % 12) + 1;
    const start = starts[i] as number;
    months.push({
      start,
      length: (starts[i + 1] as number) - start,
      month: number,
      leap,
      // Months 11 and 12 at the head of the list still belong to the previous lunar year.
      year: number >= 11 && i < 4 ? year - 1 : year,
    });
  }
  yearCache.set(key, months);
  return months;
}

/**
 * Converts a Gregorian date to the Vietnamese lunar date (timeZone 7 = UTC+7;
 * pass 8 to reproduce the Chinese calendar).
 * @example solarToLunar({ year: 2020, month: 1, day: 25 }) // { year: 2020, month: 1, day: 1, leap: false }
 */
export function solarToLunar(date: SolarDate, timeZone = 7): LunarDate {
  const jd = jdFromDate(date);
  let months = monthsEndingIn(date.year + 1, timeZone);
  if (jd < (months[0] as Month).start) months = monthsEndingIn(date.year, timeZone);
  for (let i = months.length - 1; i >= 0; i--) {
    const m = months[i] as Month;
    if (jd >= m.start) return { year: m.year, month: m.month, day: jd - m.start + 1, leap: m.leap };
  }
  throw new Error(`solarToLunar: date out of range: ${date.year}-${date.month}-${date.day}`);
}

/**
 * Converts a Vietnamese lunar date to the Gregorian date; throws if that lunar date does not exist.
 * @example lunarToSolar({ year: 2020, month: 4, day: 1, leap: true }) // { year: 2020, month: 5, day: 23 }
 */
export function lunarToSolar(date: LunarDate, timeZone = 7): SolarDate {
  const { year, month, day, leap } = date;
  const label = `${day}/${month}${leap ? ' (leap)' : ''}/${year}`;
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) {
    throw new Error(`lunarToSolar: invalid lunar date ${label}`);
  }
  const months = monthsEndingIn(month >= 11 ? year + 1 : year, timeZone);
  const m = months.find((x) => x.year === year && x.month === month && x.leap === leap);
  if (!m) throw new Error(`lunarToSolar: lunar year ${year} has no leap month ${month}`);
  if (day > m.length) throw new Error(`lunarToSolar: month ${month} of ${year} has only ${m.length} days (${label})`);
  return dateFromJd(m.start + day - 1);
}

const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];
const mod = (a: number, n: number): number => ((a % n) + n) % n;

/**
 * Sexagenary (Can Chi) name of a lunar year, NFC.
 * @example canChiYear(2020) // "Canh Tý"
 */
export function canChiYear(lunarYear: number): string {
  // 1984 was Giáp Tý, the first year of a 60-year cycle.
  return `${CAN[mod(lunarYear - 1984, 10)]} ${CHI[mod(lunarYear - 1984, 12)]}`.normalize('NFC');
}

/**
 * Short day/month label for calendar cells.
 * @example formatLunarShort({ year: 2020, month: 4, day: 15, leap: true }) // "15/4 nhuận"
 */
export function formatLunarShort(l: LunarDate): string {
  return `${l.day}/${l.month}${l.leap ? ' nhuận' : ''}`;
}

/**
 * Full Vietnamese wording of a lunar date.
 * @example formatLunarLong({ year: 2020, month: 4, day: 15, leap: false }) // "Ngày 15 tháng 4 năm Canh Tý"
 */
export function formatLunarLong(l: LunarDate): string {
  return `Ngày ${l.day} tháng ${l.month}${l.leap ? ' nhuận' : ''} năm ${canChiYear(l.year)}`.normalize('NFC');
}

/** The lunar date of a `YYYY-MM-DD` day (Vietnam, UTC+7). */
export function lunarOf(date: IsoDate): LunarDate {
  return solarToLunar(toCivilDate(date));
}
