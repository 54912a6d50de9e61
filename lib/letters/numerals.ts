/**
 * Session numbers as each language writes them in diplomatic text: "51st" in English, 五十一 in
 * Chinese (第五十一届会议), the Arabic feminine ordinal agreeing with الدورة in the genitive
 * (الدورة الحادية والخمسين), as UN documents write them.
 */
const EN_SUFFIX: Record<Intl.LDMLPluralRule, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };
const enOrdinal = new Intl.PluralRules('en', { type: 'ordinal' });

export function ordinalEn(n: number): string {
  return `${n}${EN_SUFFIX[enOrdinal.select(n)]}`;
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–999 in Chinese numerals: 十一, 五十一, 八十, 一百零五. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`chineseNumber: ${n}`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  let out = '';
  if (hundreds) out += `${ZH_DIGITS[hundreds]}百`;
  if (tens) out += `${hundreds || tens > 1 ? ZH_DIGITS[tens] : ''}十`;
  else if (hundreds && units) out += '零';
  if (units) out += ZH_DIGITS[units];
  return out;
}

// Feminine ordinals (agreeing with الدورة), genitive.
const AR_UNITS_ALONE = ['', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة'];
const AR_UNITS_COMPOUND = ['', 'الحادية', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة'];
const AR_TENS = ['', 'العاشرة', 'العشرين', 'الثلاثين', 'الأربعين', 'الخمسين', 'الستين', 'السبعين', 'الثمانين', 'التسعين'];

/** 1–99 as an Arabic feminine ordinal: الحادية والخمسين, الستين, الحادية عشرة. */
export function arabicOrdinalFeminine(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`arabicOrdinalFeminine: ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return AR_UNITS_ALONE[units]!;
  if (tens === 1) return units === 0 ? 'العاشرة' : `${AR_UNITS_COMPOUND[units]} عشرة`;
  return units === 0 ? AR_TENS[tens]! : `${AR_UNITS_COMPOUND[units]} و${AR_TENS[tens]}`;
}
