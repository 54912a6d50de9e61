import type { DataLanguage } from '@/lib/data/schema';

/**
 * Words that look like a State's name but are something else.
 *
 * Most false friends are handled by the general rules: Latin and Cyrillic names match only
 * with their capitals ("turkey", "china", "chile" are food and porcelain), whole words only
 * ("Egyptian", "Nigerian" and "египтянин" are not names), and Arabic names never take an
 * article they do not have ("المالي", "financial", is not Mali). What remains is here:
 * blockers, longer names that contain a State's name but mean something else, and context
 * rules for names that are also personal names, US places or common words.
 */

/**
 * Places that contain a State's name. A match inside a blocker is dropped unless it covers the
 * whole blocker ("Papua New Guinea" still matches; "New Guinea" the island does not give
 * Guinea). Capitals written here are required, lower case letters match either case.
 */
export const BLOCKERS: ReadonlyArray<{ name: string; lang: DataLanguage }> = [
  ...[
    'New Mexico',
    'New Guinea',
    'gulf of Guinea',
    'lake Chad',
    'Niger delta',
    'Niger river',
    'river Niger',
    'Jordan river',
    'river Jordan',
    'Northern Ireland',
    'American Samoa',
    'South Georgia',
    'Inner Mongolia',
    // The Congolese province keeps its French name in English: "Équateur Province".
    'Équateur province',
    'province of Équateur',
  ].map((name) => ({ name, lang: 'en' as const })),
  ...[
    'Nouveau-Mexique',
    'Nouvelle-Guinée',
    'golfe de Guinée',
    'lac Tchad',
    'delta du Niger',
    'fleuve Niger',
    'Irlande du Nord',
    'Samoa américaines',
    'Géorgie du Sud',
    'Mongolie-Intérieure',
    // Équateur, a province of the Democratic Republic of the Congo (not Ecuador).
    "province de l'Équateur",
  ].map((name) => ({ name, lang: 'fr' as const })),
  ...[
    'Nuevo México',
    'Nueva Guinea',
    'golfo de Guinea',
    'lago Chad',
    'delta del Níger',
    'río Níger',
    'Irlanda del Norte',
    'Samoa Americana',
    'Georgia del Sur',
    'Mongolia Interior',
  ].map((name) => ({ name, lang: 'es' as const })),
  // Declined like State names: "Новой Гвинеи", "озера Чад".
  ...['Новая Гвинея', 'озеро Чад', 'река Нигер', 'река Иордан', 'Северная Ирландия', 'Американское Самоа', 'Внутренняя Монголия'].map((name) => ({
    name,
    lang: 'ru' as const,
  })),
  // 印度洋 Indian Ocean, 印度支那 Indochina, 朝鲜半岛 Korean Peninsula, 朝鲜族 the Korean
  // minority of China, 新几内亚 New Guinea, 几内亚湾 Gulf of Guinea, 乍得湖 Lake Chad,
  // 新墨西哥 New Mexico, 马里兰 Maryland, 约旦河 the Jordan river (约旦河西岸 is the West Bank),
  // 北爱尔兰 Northern Ireland, 美属萨摩亚 American Samoa, 内蒙古 Inner Mongolia (a region of
  // China), 法属圭亚那 French Guiana.
  ...[
    '印度洋',
    '印度支那',
    '朝鲜半岛',
    '朝鲜族',
    '新几内亚',
    '几内亚湾',
    '乍得湖',
    '新墨西哥',
    '马里兰',
    '约旦河',
    '北爱尔兰',
    '美属萨摩亚',
    '内蒙古',
    '法属圭亚那',
  ].map((name) => ({ name, lang: 'zh' as const })),
  // New Guinea, Gulf of Guinea, Lake Chad, the Jordan river, Northern Ireland, American Samoa,
  // South Georgia, Inner Mongolia, French Guiana, the Arab Maghreb (a region, not Morocco),
  // نصف قطر "radius" (not Qatar).
  ...[
    'غينيا الجديدة',
    'خليج غينيا',
    'بحيرة تشاد',
    'نهر الأردن',
    'أيرلندا الشمالية',
    'ساموا الأمريكية',
    'جورجيا الجنوبية',
    'المغرب العربي',
    'منغوليا الداخلية',
    'غيانا الفرنسية',
    'نصف قطر',
  ].map((name) => ({ name, lang: 'ar' as const })),
];

export interface RuleContext {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Whether another State name candidate starts at `pos`. */
  startsName(pos: number): boolean;
}

export interface ContextRule {
  readonly why: string;
  appliesTo(name: string, lang: DataLanguage): boolean;
  /** False drops the match. */
  keep(ctx: RuleContext): boolean;
}

const NEXT_CAPITALISED = /^ (\p{Lu}\p{Ll}+)/u;
const LOOKAROUND = 40;

function after(ctx: RuleContext, n = LOOKAROUND): string {
  return ctx.text.slice(ctx.end, ctx.end + n);
}
function before(ctx: RuleContext, n = LOOKAROUND): string {
  return ctx.text.slice(Math.max(0, ctx.start - n), ctx.start);
}

/** Followed, after one space, by a capitalised word that does not start another State's name. */
function followedByNameLikeWord(ctx: RuleContext): boolean {
  const next = NEXT_CAPITALISED.exec(after(ctx));
  return next !== null && !ctx.startsName(ctx.end + 1);
}

const FIRST_NAMES = new Set(['Jordan', 'Chad', 'Georgia', 'Maurice', 'Mauricio', 'Dominique']);
const GEORGIA_US_CITIES =
  /(?:Atlanta|Savannah|Augusta|Macon|Athens|Columbus|Albany|Decatur|Marietta|Alpharetta|Valdosta|Roswell|Sandy Springs),\s*$/u;

/** "US$", "US dollars", "United States dollar", "Singapore dollars": after the name. */
const DOLLAR_AFTER_EN = /^(?:\$|[ \u00a0-]dollars?(?![\p{L}\p{N}]))/iu;
/** "dollars des États-Unis", "dólares de los Estados Unidos", "долларов США", "долл. США", "دولارات الولايات المتحدة". */
const DOLLAR_BEFORE: Partial<Record<DataLanguage, RegExp>> = {
  fr: /(?<![\p{L}\p{N}])dollars?\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*$/iu,
  es: /(?<![\p{L}\p{N}])d[óo]lar(?:es)?\s+(?:(?:de\s+(?:los|las|la|el)|del|de)\s+)?$/iu,
  ru: /(?<![\p{L}\p{N}])(?:доллар\p{L}*|долл\.)\s*$/iu,
  ar: /دولار(?:ات)?\s*$/u,
};

/**
 * The names a currency follows in each language: the United States' (the dollar UN texts name).
 * In English every name is checked ("Singapore dollars"), cheaply: the character after the name.
 */
const CURRENCY_NAMES: Partial<Record<DataLanguage, RegExp>> = {
  fr: /États-Unis/,
  es: /Estados Unidos|EE\. ?UU\./,
  ru: /^США$|Соединенны/,
  ar: /الولايات المتحدة/,
};

/** The currency named after a State is not the State: "US dollars", "dollars des États-Unis". */
function currencyRule(lang: DataLanguage): ContextRule {
  const before = DOLLAR_BEFORE[lang];
  const names = CURRENCY_NAMES[lang];
  return {
    why: `${lang}: a currency named after the State is not the State ("US dollars", "US$", "dollars des États-Unis", "долл. США")`,
    appliesTo: (name, nameLang) => nameLang === lang && (!names || names.test(name)),
    keep: before
      ? (ctx) => !before.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))
      : (ctx) => {
          // Most names are followed by neither "$" nor a space and a "d": decide without a regex.
          const c = ctx.text.charCodeAt(ctx.end);
          if (c === 0x24) return false;
          if (c !== 0x20 && c !== 0xa0 && c !== 0x2d) return true;
          const d = ctx.text.charCodeAt(ctx.end + 1) | 0x20;
          return d !== 0x64 || !DOLLAR_AFTER_EN.test(ctx.text.slice(ctx.end, ctx.end + 10));
        },
  };
}

export const CONTEXT_RULES: readonly ContextRule[] = [
  ...(['en', 'fr', 'es', 'ru', 'ar'] as const).map(currencyRule),
  {
    why: 'first names: "Jordan Peterson", "Chad Smith", "Georgia Tech", "Maurice Ravel", "Dominique de Villepin"',
    appliesTo: (name, lang) => (lang === 'en' || lang === 'fr' || lang === 'es') && FIRST_NAMES.has(name),
    keep: (ctx) => !followedByNameLikeWord(ctx),
  },
  {
    why: 'surname after a first name in mid-sentence: "said Michael Jordan"',
    appliesTo: (name, lang) => lang === 'en' && name === 'Jordan',
    keep: (ctx) => !/\p{Ll}[,;]? \p{Lu}\p{Ll}+ $/u.test(before(ctx)),
  },
  {
    why: 'the US state: "Atlanta, Georgia", "Georgia 30303", "Georgia, USA", "the state of Georgia", "l’État de Géorgie", "ولاية جورجيا"',
    appliesTo: (name) => name === 'Georgia' || name === 'Géorgie' || name === 'جورجيا',
    keep: (ctx) =>
      !GEORGIA_US_CITIES.test(before(ctx)) &&
      !/^,?\s+\d{5}\b/.test(after(ctx)) &&
      !/^[,،]?\s+(?:USA|U\.S\.|United States|GA\b|États-Unis|Estados Unidos|EE\. ?UU\.|الولايات المتحدة)/u.test(after(ctx)) &&
      !/(?:\bstate of|\bestado de|(?<!\p{L})État de|ولاية|أتلانتا،?|اتلانتا،?) $/u.test(before(ctx)),
  },
  {
    why: '"US"/"UK" inside upper-case text are words: "LET US KNOW"',
    appliesTo: (name, lang) => lang === 'en' && /^(?:the )?U[SK]$/.test(name),
    keep: (ctx) => !/\b\p{Lu}{3,} $/u.test(before(ctx)) && !/^ \p{Lu}{3,}\b/u.test(after(ctx)),
  },
  {
    why: 'Chinese demonyms: 埃及人 "an Egyptian" is not the name (but 中国人权 is 中国 + 人权 "human rights")',
    appliesTo: (_name, lang) => lang === 'zh',
    keep: (ctx) => !/^人(?![权口大])/.test(after(ctx, 2)),
  },
  {
    why: 'Chinese 国家 "country" and 国际 "international" after a name ending in 国: 发展中国家, 合法国家',
    appliesTo: (name, lang) => lang === 'zh' && name.endsWith('国'),
    keep: (ctx) => !/^[家际]/.test(after(ctx, 1)),
  },
  {
    why: 'Russian "Того" at the start of a sentence is usually the pronoun: "Того же мнения…"',
    appliesTo: (name, lang) => lang === 'ru' && name === 'Того',
    keep: (ctx) => !((/(^|[.!?…:;]\s*|\n\s*)$/u.test(before(ctx))) && /^ \p{Ll}/u.test(after(ctx))),
  },
  {
    why: 'Arabic مالي is also "financial" after a noun: دعم مالي "financial support"',
    appliesTo: (name, lang) => lang === 'ar' && name === 'مالي',
    keep: (ctx) =>
      !/(?:^|\s)[وفبل]?(?:دعم|دعما|عجز|وضع|اثر|أثر|إطار|اطار|نظام|استقرار|مركز|تقرير|بيان|فائض|مبلغ|التزام|عبء|أداء|اداء|تمويل|مورد|حافز) $/u.test(
        before(ctx),
      ),
  },
  {
    why: 'Arabic عمان is also Amman, the capital of Jordan: "عمان، الأردن", "العاصمة الأردنية عمان"',
    appliesTo: (name, lang) => lang === 'ar' && name === 'عمان',
    keep: (ctx) => !/^،?\s*(?:الأردن|الاردن)/u.test(after(ctx)) && !/(?:الأردنية|الاردنية)\s+$/u.test(before(ctx)),
  },
];

/**
 * Names of one language that, on a page in another language, are mostly something else there:
 * an English adjective or word, a city, a province, a first name. On a page whose language is in
 * `pages` (the page's `lang`), the name as listed (without its article: "l’Argentine" is still
 * French for the State) is not marked. Pages without a language keep every name.
 */
export const PAGE_LANGUAGE_RULES: ReadonlyArray<{ lang: DataLanguage; names: readonly string[]; pages: readonly DataLanguage[]; why: string }> = [
  { lang: 'fr', names: ['Argentine'], pages: ['en'], why: 'the English adjective: "the Argentine Congress", "Argentine peso"' },
  { lang: 'fr', names: ['Équateur'], pages: ['en', 'es'], why: 'Équateur, a province of the Democratic Republic of the Congo, keeps its French name' },
  { lang: 'fr', names: ['Grenade'], pages: ['en'], why: 'the English word: "Grenade attacks"' },
  { lang: 'fr', names: ['Chili'], pages: ['en'], why: 'the English word: "Chili peppers"' },
  { lang: 'fr', names: ['Maurice', 'Dominique'], pages: ['en', 'es'], why: 'first names: "Maurice said", "Dominique Strauss-Kahn"' },
  { lang: 'es', names: ['Granada'], pages: ['en', 'fr'], why: 'the Spanish city (the State is "Grenada", "la Grenade")' },
  { lang: 'es', names: ['Mauricio'], pages: ['en', 'fr'], why: 'a first name' },
  { lang: 'es', names: ['Santa Lucía'], pages: ['en', 'fr'], why: 'towns and a saint named Santa Lucía (the State is "Saint Lucia", "Sainte-Lucie")' },
  { lang: 'en', names: ['Jordan'], pages: ['fr', 'es'], why: 'a first name or surname there ("Jordanie", "Jordania" are the State)' },
];
