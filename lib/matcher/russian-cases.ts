/**
 * Russian case forms of State names, generated from the nominative UNTERM name.
 *
 * Russian declines names: "Египет, Египта, Египту, Египтом, Египте"; "Российская Федерация,
 * Российской Федерации, Российскую Федерацию…". The rules below cover the shapes that occur in
 * State names: feminine nouns in -а/-я/-ия, masculine nouns ending in a consonant, -й or -ь,
 * soft feminine nouns in -ь, neuter nouns in -ство, plural names, and the adjectives in front of
 * them. Foreign names ending in a vowel (Того, Чили, Перу, Бурунди, Самоа) do not decline.
 *
 * Only the head of a name declines. In "Республика Корея", "Государство Израиль" or
 * "Соединенное Королевство Великобритании и Северной Ирландии" the words after the head noun
 * keep their form ("в Республике Корея"), as in UN usage. Names joined by "и" or a dash
 * ("Босния и Герцеговина", "Папуа — Новая Гвинея") decline in both parts.
 *
 * Generating a few forms that never occur costs nothing (they simply never match); missing a
 * real form loses a match, so where usage varies both forms are generated.
 */

const CASES = 6; // nominative, genitive, dative, accusative, instrumental, prepositional
type Forms = string[][]; // [case][alternative]

/** Irregular nouns: stem changes, plural-only names and native neuters in -о. */
const IRREGULAR: Record<string, Forms> = {
  Египет: [['Египет'], ['Египта'], ['Египту'], ['Египет'], ['Египтом'], ['Египте']],
  Острова: [['Острова'], ['Островов'], ['Островам'], ['Острова'], ['Островами'], ['Островах']],
  // Common nouns in place names that contain a State's name ("озеро Чад", Lake Chad).
  озеро: [['озеро'], ['озера'], ['озеру'], ['озеро'], ['озером'], ['озере']],
};

/** First parts of hyphenated names that never decline: "Коста-Рики", "Сент-Люсии", "Кот-д’Ивуара". */
const FIXED_PREFIXES = new Set(['Сент', 'Сан', 'Санта', 'Шри', 'Коста', 'Кабо', 'Эль', 'Буркина', 'Сьерра', 'Кот']);

const CONJUNCTIONS = new Set(['и', '-', '—', '–']);
const ADJECTIVE = /(ая|яя|ое|ее|ые|ие|ый|ий|ой|овы|евы)$/;
const VELAR_OR_SIBILANT = /[гкхжшчщ]$/;
const SIBILANT_OR_TS = /[жшчщц]$/;

function same(word: string): Forms {
  return Array.from({ length: CASES }, () => [word]);
}

function forms(...byCase: Array<string | string[]>): Forms {
  return byCase.map((f) => (Array.isArray(f) ? f : [f]));
}

function declineNounPart(w: string): Forms {
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  const stem1 = w.slice(0, -1);
  const stem2 = w.slice(0, -2);
  if (/ство$/.test(w)) return forms(w, stem1 + 'а', stem1 + 'у', w, stem1 + 'ом', stem1 + 'е');
  // Plural names: "Нидерланды", "Штаты", "Эмираты", "Филиппины" (genitive with or without -ов).
  if (/ы$/.test(w)) return forms(w, [stem1 + 'ов', stem1], stem1 + 'ам', w, stem1 + 'ами', stem1 + 'ах');
  if (/[аеёиоуыэю]а$/.test(w) || /[оеёиуэю]$/.test(w)) return same(w); // Самоа, Никарагуа, Того, Чили, Перу
  if (/ия$/.test(w)) return forms(w, stem2 + 'ии', stem2 + 'ии', stem2 + 'ию', stem2 + 'ией', stem2 + 'ии');
  if (/я$/.test(w)) return forms(w, stem1 + 'и', stem1 + 'е', stem1 + 'ю', stem1 + 'ей', stem1 + 'е');
  if (/а$/.test(w)) {
    const gen = VELAR_OR_SIBILANT.test(stem1) ? 'и' : 'ы';
    const ins = SIBILANT_OR_TS.test(stem1) ? ['ей', 'ой'] : ['ой'];
    return forms(w, stem1 + gen, stem1 + 'е', stem1 + 'у', ins.map((e) => stem1 + e), stem1 + 'е');
  }
  if (/ий$/.test(w)) return forms(w, stem1 + 'я', stem1 + 'ю', w, stem1 + 'ем', [stem1 + 'и', stem1 + 'е']);
  if (/й$/.test(w)) return forms(w, stem1 + 'я', stem1 + 'ю', w, stem1 + 'ем', stem1 + 'е');
  // -ь is masculine in "Израиль", feminine in "Беларусь": both sets of endings.
  if (/ь$/.test(w)) {
    return forms(w, [stem1 + 'я', stem1 + 'и'], [stem1 + 'ю', stem1 + 'и'], w, [stem1 + 'ем', stem1 + 'ью'], [stem1 + 'е', stem1 + 'и']);
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
    const ins = SIBILANT_OR_TS.test(w) ? [w + 'ем', w + 'ом'] : [w + 'ом'];
    return forms(w, w + 'а', w + 'у', w, ins, w + 'е');
  }
  return same(w);
}

function declineAdjectivePart(w: string): Forms {
  const stem2 = w.slice(0, -2);
  const hardI = VELAR_OR_SIBILANT.test(stem2) ? 'и' : 'ы';
  if (/(ая)$/.test(w)) {
    // After ж ш ч щ ц an unstressed ending is written -ей ("бывшей"), a stressed one -ой ("большой").
    const oblique = SIBILANT_OR_TS.test(stem2) ? [stem2 + 'ей', stem2 + 'ой'] : [stem2 + 'ой'];
    return forms(w, oblique, oblique, stem2 + 'ую', oblique, oblique);
  }
  if (/(яя)$/.test(w)) return forms(w, stem2 + 'ей', stem2 + 'ей', stem2 + 'юю', stem2 + 'ей', stem2 + 'ей');
  if (/(ое)$/.test(w)) return forms(w, stem2 + 'ого', stem2 + 'ому', w, stem2 + hardI + 'м', stem2 + 'ом');
  if (/(ее)$/.test(w)) return forms(w, stem2 + 'его', stem2 + 'ему', w, stem2 + 'им', stem2 + 'ем');
  if (/(ые|ие)$/.test(w)) {
    const v = w.at(-2)!;
    return forms(w, stem2 + v + 'х', stem2 + v + 'м', w, stem2 + v + 'ми', stem2 + v + 'х');
  }
  if (/(овы|евы)$/.test(w)) {
    const stem = w.slice(0, -1);
    return forms(w, stem + 'ых', stem + 'ым', w, stem + 'ыми', stem + 'ых');
  }
  if (/(ый|ой|ий)$/.test(w)) {
    return forms(w, [stem2 + 'ого', stem2 + 'его'], [stem2 + 'ому', stem2 + 'ему'], w, stem2 + hardI + 'м', [stem2 + 'ом', stem2 + 'ем']);
  }
  return same(w);
}

/** Hyphenated words decline part by part ("Гвинеи-Бисау", "Брунея-Даруссалама"); fixed prefixes stay. */
function declineWord(word: string, adjective: boolean): Forms {
  const parts = word.split('-');
  const partForms = parts.map((p, i) => {
    if (adjective) return i === parts.length - 1 ? declineAdjectivePart(p) : same(p);
    if (i < parts.length - 1 && FIXED_PREFIXES.has(p)) return same(p);
    // "д’Ивуар": decline the part after the elided particle.
    const elided = /^(д['’])(.+)$/.exec(p);
    if (elided) return declineNounPart(elided[2]!).map((alts) => alts.map((a) => elided[1]! + a));
    return declineNounPart(p);
  });
  return combine(partForms, '-');
}

function combine(words: Forms[], sep: string): Forms {
  const result: Forms = [];
  for (let c = 0; c < CASES; c++) {
    let acc = [''];
    words.forEach((w, i) => {
      const next: string[] = [];
      for (const prefix of acc) for (const alt of w[c]!) next.push(i === 0 ? alt : prefix + sep + alt);
      acc = next;
    });
    result.push([...new Set(acc)]);
  }
  return result;
}

/** Case forms of one phrase (space-separated tokens). */
function declinePhrase(tokens: string[]): Forms {
  const out: Forms[] = [];
  let i = 0;
  // Adjectives in front of the head noun agree with it.
  while (i < tokens.length - 1 && ADJECTIVE.test(tokens[i]!) && !CONJUNCTIONS.has(tokens[i + 1]!)) {
    out.push(declineWord(tokens[i]!, true));
    i++;
  }
  if (i < tokens.length) {
    out.push(declineWord(tokens[i]!, false));
    i++;
  }
  if (i < tokens.length) {
    if (CONJUNCTIONS.has(tokens[i]!) && i + 1 < tokens.length) {
      out.push(same(tokens[i]!));
      out.push(declinePhrase(tokens.slice(i + 1)));
    } else {
      out.push(same(tokens.slice(i).join(' ')));
    }
  }
  return combine(out, ' ');
}

/** All case forms of a Russian State name, nominative first, without duplicates. */
export function russianCaseForms(name: string): string[] {
  const tokens = name.trim().split(/\s+/);
  if (tokens.length === 0 || tokens[0] === '') return [];
  // Acronyms (США, КНДР, ОАЭ) do not decline.
  if (tokens.length === 1 && /^[А-ЯЁ]{2,}$/.test(tokens[0]!)) return [name];
  return [...new Set(declinePhrase(tokens).flat())];
}
