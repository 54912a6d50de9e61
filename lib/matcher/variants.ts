import type { DataLanguage } from '@/lib/data/schema';

/**
 * Common names people write for States besides the UNTERM names, in the six UN languages.
 *
 * Only real, widely used names: short forms in everyday use ("Syria", "Сирия", "叙利亚") and
 * the short forms UN texts use after a first mention ("the United Kingdom", "联合王国",
 * "Соединенное Королевство"), older names still common in the press ("Burma", "Белоруссия"),
 * and established abbreviations ("USA", "КНДР", "EE. UU."). Former UN names ("Swaziland",
 * "Turkey", "Cape Verde") are not here but in lib/data/former-state-names.json, with sources. Names that are mostly something else are left out:
 * "Korea" (two States), "America" (a continent), "Macedonia" (also a Greek region), "Holland"
 * (a Dutch region). Accents need no variants (the matcher folds them: "Cote d'Ivoire" finds
 * "Côte d'Ivoire") and Russian variants are declined like UNTERM names.
 *
 * A name written here with its article ("the United Kingdom", "la Russie") is searched with
 * and without it, like UNTERM names. Abbreviations are matched with their capitals: "US" is
 * the United States, "us" is not.
 */
export const VARIANTS: ReadonlyArray<{ iso2: string; names: Partial<Record<DataLanguage, readonly string[]>> }> = [
  { iso2: 'AE', names: { en: ['the UAE'], ru: ['ОАЭ'], zh: ['阿联酋'], ar: ['الإمارات'] } },
  { iso2: 'BN', names: { en: ['Brunei'], fr: ['Brunei'], es: ['Brunéi'], ru: ['Бруней'], zh: ['文莱'] } },
  { iso2: 'BO', names: { zh: ['玻利维亚'] } },
  // "روسيا البيضاء" ("White Russia") is the usual Arabic name; it must win over "روسيا".
  { iso2: 'BY', names: { fr: ['la Biélorussie'], es: ['Bielorrusia'], ru: ['Белоруссия'], ar: ['روسيا البيضاء'] } },
  {
    iso2: 'CD',
    names: {
      en: ['the DRC', 'DR Congo', 'Congo-Kinshasa'],
      fr: ['la RDC', 'la RD Congo', 'Congo-Kinshasa'],
      es: ['la RDC'],
      ru: ['ДРК', 'ДР Конго'],
      zh: ['刚果（金）', '刚果金'],
      ar: ['الكونغو الديمقراطية'],
    },
  },
  { iso2: 'CF', names: { fr: ['la Centrafrique'], ru: ['ЦАР'] } },
  { iso2: 'CG', names: { en: ['Congo-Brazzaville'], fr: ['Congo-Brazzaville'], zh: ['刚果布'] } },
  { iso2: 'CI', names: { en: ['Ivory Coast'], es: ['Costa de Marfil'], ar: ['ساحل العاج'] } },
  { iso2: 'CN', names: { en: ['the PRC'], ru: ['КНР'] } },
  { iso2: 'CZ', names: { ar: ['التشيك'] } },
  { iso2: 'FM', names: { zh: ['密克罗尼西亚'] } },
  {
    iso2: 'GB',
    names: {
      en: ['the United Kingdom', 'the UK', 'U.K.', 'Britain', 'Great Britain'],
      fr: ['le Royaume-Uni', 'la Grande-Bretagne'],
      es: ['el Reino Unido', 'Gran Bretaña'],
      ru: ['Великобритания', 'Соединенное Королевство'],
      // 联合王国 is how UN Chinese texts write the United Kingdom after the first mention.
      zh: ['英国', '联合王国'],
      ar: ['المملكة المتحدة', 'بريطانيا'],
    },
  },
  { iso2: 'IR', names: { zh: ['伊朗'] } },
  { iso2: 'KG', names: { ru: ['Киргизия'] } },
  {
    iso2: 'KP',
    names: {
      en: ['the DPRK', 'North Korea'],
      fr: ['la RPDC', 'la Corée du Nord'],
      es: ['la RPDC', 'Corea del Norte'],
      ru: ['КНДР', 'Северная Корея'],
      zh: ['朝鲜'],
      ar: ['كوريا الشمالية'],
    },
  },
  { iso2: 'KN', names: { en: ['St Kitts and Nevis', 'St. Kitts and Nevis'] } },
  {
    iso2: 'KR',
    names: { en: ['South Korea', 'the ROK'], fr: ['la Corée du Sud'], es: ['Corea del Sur'], ru: ['Южная Корея'], zh: ['韩国'], ar: ['كوريا الجنوبية'] },
  },
  { iso2: 'LA', names: { en: ['the Lao PDR', 'Laos'], fr: ['le Laos'], es: ['Laos'], ru: ['Лаос'], zh: ['老挝'], ar: ['لاوس'] } },
  { iso2: 'LC', names: { en: ['St Lucia', 'St. Lucia'] } },
  {
    iso2: 'MD',
    names: { en: ['Moldova'], fr: ['la Moldavie', 'la Moldova'], es: ['Moldavia', 'Moldova'], ru: ['Молдова', 'Молдавия'], zh: ['摩尔多瓦'], ar: ['مولدوفا'] },
  },
  { iso2: 'MM', names: { en: ['Burma'], fr: ['la Birmanie'], es: ['Birmania'] } },
  { iso2: 'NL', names: { ru: ['Голландия'] } },
  { iso2: 'PS', names: { en: ['Palestine'], fr: ['la Palestine'], es: ['Palestina'], ru: ['Палестина'], zh: ['巴勒斯坦'], ar: ['فلسطين'] } },
  { iso2: 'RU', names: { en: ['Russia'], fr: ['la Russie'], es: ['Rusia'], ru: ['Россия', 'РФ'], zh: ['俄罗斯'], ar: ['روسيا'] } },
  { iso2: 'SA', names: { zh: ['沙特'], ar: ['السعودية'] } },
  { iso2: 'SY', names: { en: ['Syria'], fr: ['la Syrie'], es: ['Siria'], ru: ['Сирия'], zh: ['叙利亚'], ar: ['سوريا', 'سورية'] } },
  { iso2: 'TL', names: { en: ['East Timor'], fr: ['le Timor oriental'], es: ['Timor Oriental'], ru: ['Восточный Тимор'] } },
  { iso2: 'TZ', names: { en: ['Tanzania'], fr: ['la Tanzanie'], es: ['Tanzania'], ru: ['Танзания'], zh: ['坦桑尼亚'], ar: ['تنزانيا'] } },
  {
    iso2: 'US',
    names: {
      en: ['the United States', 'the USA', 'U.S.A.', 'the US', 'U.S.'],
      fr: ['les États-Unis'],
      es: ['los Estados Unidos', 'EE. UU.', 'EE.UU.'],
      ru: ['США', 'Соединенные Штаты'],
      zh: ['美国'],
      ar: ['الولايات المتحدة'],
    },
  },
  { iso2: 'VA', names: { en: ['the Vatican', 'Vatican City'], fr: ['le Vatican'], es: ['el Vaticano'], ru: ['Ватикан'], zh: ['梵蒂冈', '教廷'], ar: ['الفاتيكان'] } },
  { iso2: 'VC', names: { en: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines'] } },
  { iso2: 'VE', names: { zh: ['委内瑞拉'] } },
  { iso2: 'VN', names: { en: ['Vietnam'], fr: ['le Vietnam'], es: ['Vietnam'], ar: ['فيتنام'] } },
  { iso2: 'ZA', names: { ru: ['ЮАР'] } },
];
