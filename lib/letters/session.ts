/** "51" from "HRC51". */
export function sessionNumber(session: string): string {
  const match = /^HRC(\d+)$/.exec(session);
  if (!match) throw new Error(`Not a Human Rights Council session code: ${session}`);
  return match[1] as string;
}

const EN_SUFFIX: Record<Intl.LDMLPluralRule, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };
const enOrdinal = new Intl.PluralRules('en', { type: 'ordinal' });

/** "51st" from "HRC51", for English text. */
export function sessionOrdinalEn(session: string): string {
  const n = sessionNumber(session);
  return n + EN_SUFFIX[enOrdinal.select(Number(n))];
}
