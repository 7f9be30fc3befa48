/**
 * The day the site is built "as of", in Vietnam. SOURCE_DATE_EPOCH (seconds,
 * the reproducible-builds convention) pins it, so two builds of one commit match.
 */
import { todayInVietnam } from '../lib/dates';

export function buildInstant(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

export function buildDay(): string {
  return todayInVietnam(buildInstant());
}
