/**
 * The genitive of a UNTERM Russian formal State name, for "Постоянное представительство <кого?>".
 *
 * Russian official names are mostly a State-type phrase followed by the name proper:
 * "Арабская Республика Египет", "Королевство Нидерландов", "Государство Палестина". Russian
 * declines the type phrase and leaves the name proper in the nominative as an apposition:
 * "Арабской Республики Египет", "Королевства Нидерландов" (as in UN Russian documents:
 * "Постоянное представительство Республики Беларусь"). So only a closed set of words ever
 * changes: the adjectives before the type noun and the type noun itself. Formal names that are
 * the bare name ("Япония", "Канада") are declined from a table written out by hand.
 *
 * Returns null for a name this does not cover, so the caller can use a form that needs no
 * declension instead of guessing.
 */
const TYPE_NOUNS: Readonly<Record<string, string>> = {
  Республика: 'Республики',
  Королевство: 'Королевства',
  Государство: 'Государства',
  государство: 'государства',
  Княжество: 'Княжества',
  Содружество: 'Содружества',
  Союз: 'Союза',
  Султанат: 'Султаната',
  Федерация: 'Федерации',
  Конфедерация: 'Конфедерации',
  Герцогство: 'Герцогства',
  Штаты: 'Штатов',
  Эмираты: 'Эмиратов',
  Престол: 'Престола',
  Острова: 'Островов',
};

/** Nominative adjective endings and their genitive, longest first. */
const ADJECTIVE_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ая', 'ой'], // Арабская → Арабской
  ['ое', 'ого'], // Соединенное → Соединенного
  ['ой', 'ого'], // Святой → Святого
  ['ый', 'ого'],
  ['ые', 'ых'], // Объединенные → Объединенных
  ['ие', 'их'], // Мексиканские → Мексиканских
  ['овы', 'овых'], // Соломоновы → Соломоновых
];

/** Formal names with no State-type word, declined by hand. */
const BARE_NAMES: Readonly<Record<string, string>> = {
  Австралия: 'Австралии',
  'Антигуа и Барбуда': 'Антигуа и Барбуды',
  Барбадос: 'Барбадоса',
  Белиз: 'Белиза',
  'Босния и Герцеговина': 'Боснии и Герцеговины',
  'Бруней-Даруссалам': 'Бруней-Даруссалама',
  'Буркина-Фасо': 'Буркина-Фасо',
  Венгрия: 'Венгрии',
  Гренада: 'Гренады',
  Грузия: 'Грузии',
  Ирландия: 'Ирландии',
  Канада: 'Канады',
  Малайзия: 'Малайзии',
  Монголия: 'Монголии',
  Непал: 'Непала',
  'Новая Зеландия': 'Новой Зеландии',
  Румыния: 'Румынии',
  'Сент-Винсент и Гренадины': 'Сент-Винсента и Гренадин',
  'Сент-Китс и Невис': 'Сент-Китса и Невиса',
  'Сент-Люсия': 'Сент-Люсии',
  Тувалу: 'Тувалу',
  Туркменистан: 'Туркменистана',
  Украина: 'Украины',
  Черногория: 'Черногории',
  Ямайка: 'Ямайки',
  Япония: 'Японии',
};

function adjectiveGenitive(word: string): string | null {
  for (const [nominative, genitive] of ADJECTIVE_ENDINGS) {
    if (word.length > nominative.length + 1 && word.endsWith(nominative)) {
      return word.slice(0, -nominative.length) + genitive;
    }
  }
  return null;
}

export function russianGenitive(formalName: string): string | null {
  const name = formalName.replace(/\s+/g, ' ').trim();
  const bare = BARE_NAMES[name];
  if (bare) return bare;

  const words = name.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const noun = TYPE_NOUNS[word];
    if (noun) return [...out, noun, ...words.slice(i + 1)].join(' ');
    const adjective = adjectiveGenitive(word);
    if (adjective === null) return null;
    out.push(adjective);
  }
  return null;
}
