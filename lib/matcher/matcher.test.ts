import { describe, expect, it } from 'vitest';
import { DATA_LANGUAGES, type DataLanguage } from '@/lib/data/schema';
import { STATES, stateName } from '@/lib/data/states';
import { allStateNames, compileMatcher, getStateMatcher } from './index';
import { compileWithReport } from './matcher';
import { surfaceForms } from './name-table';

const matcher = getStateMatcher();

/** "slice=ISO2" for every match, after checking offsets are sane. */
function marks(text: string): string[] {
  const found = matcher.find(text);
  let last = 0;
  for (const m of found) {
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    last = m.end;
  }
  return found.map((m) => `${text.slice(m.start, m.end)}=${m.iso2}`);
}

describe('the name table', () => {
  it('is generated from all 195 States in the six languages, with no name claimed by two States', () => {
    const names = allStateNames();
    expect(new Set(names.map((n) => n.iso2)).size).toBe(195);
    for (const lang of DATA_LANGUAGES) expect(names.filter((n) => n.lang === lang).length).toBeGreaterThanOrEqual(195);
    expect(compileWithReport(names).conflicts).toEqual([]);
  });

  it('removes and adds UNTERM articles', () => {
    const names = allStateNames().map((n) => `${n.lang}:${n.name}`);
    for (const n of ['en:Bahamas', 'en:the Bahamas', 'fr:Chine', 'fr:la Chine', "fr:l'Égypte", 'es:el Perú', 'en:the Arab Republic of Egypt', 'en:Arab Republic of Egypt', 'en:Bolivia', 'ru:Боливия', 'ar:بوليفيا', 'zh:刚果']) {
      expect(names).toContain(n);
    }
    expect(names.some((n) => n.includes('*'))).toBe(false);
  });
});

describe('every State by its UNTERM names', () => {
  const frame: Record<DataLanguage, (name: string) => string> = {
    en: (n) => `Statement by ${n}: today`,
    fr: (n) => `Déclaration : ${n}, aujourd’hui`,
    es: (n) => `Declaración de ${n}, hoy`,
    ru: (n) => `Заявление: ${n}, сегодня`,
    zh: (n) => `发言：${n}，今天`,
    ar: (n) => `وتحدث ممثل ${n}، اليوم`,
  };
  for (const form of ['short', 'formal'] as const) {
    for (const lang of DATA_LANGUAGES) {
      it(`${form} names in ${lang}`, () => {
        for (const state of STATES) {
          const name = stateName(state, lang, form).replace(/\s*\*+$/, '');
          const text = frame[lang](name);
          const found = matcher.find(text);
          const where = text.indexOf(name);
          const label = `${state.iso2} ${lang} ${name}`;
          expect(found.length, label).toBeGreaterThanOrEqual(1);
          expect(found.every((m) => m.iso2 === state.iso2), label).toBe(true);
          expect(found[0]!.start, label).toBe(where);
          // Qualifying parentheses ("Bolivia (Plurinational State of)") are not part of the mark.
          const base = name.replace(/\s*[(（][^)）]*[)）]$/, '');
          expect([name, base], label).toContain(text.slice(found[0]!.start, found[0]!.end));
        }
      });
    }
  }

  it('every Russian case form of every short and formal name', () => {
    for (const state of STATES) {
      for (const kind of ['short', 'formal'] as const) {
        const name = stateName(state, 'ru', kind).replace(/\s*\(.*\)$/, '');
        for (const { form } of surfaceForms(name, 'ru')) {
          const text = `О положении: ${form}, сегодня`;
          expect(marks(text), form).toEqual([`${form}=${state.iso2}`]);
        }
      }
    }
  });
});

describe('English', () => {
  it('prefers the longest name', () => {
    expect(marks('Niger and Nigeria; Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea')).toEqual([
      'Niger=NE',
      'Nigeria=NG',
      'Guinea=GN',
      'Guinea-Bissau=GW',
      'Equatorial Guinea=GQ',
      'Papua New Guinea=PG',
    ]);
    expect(marks('Sudan and South Sudan; Dominica and the Dominican Republic')).toEqual(['Sudan=SD', 'South Sudan=SS', 'Dominica=DM', 'the Dominican Republic=DO']);
    expect(marks("the Democratic People's Republic of Korea and the Republic of Korea")).toEqual([
      "the Democratic People's Republic of Korea=KP",
      'the Republic of Korea=KR',
    ]);
    expect(marks('the Congo, the Democratic Republic of the Congo, the Republic of the Congo')).toEqual([
      'the Congo=CG',
      'the Democratic Republic of the Congo=CD',
      'the Republic of the Congo=CG',
    ]);
  });

  it('accepts dash, apostrophe and space variants', () => {
    expect(marks('Guinea–Bissau, Guinea Bissau, Côte d’Ivoire, Cote d\'Ivoire, Democratic People’s Republic of Korea, Timor\u2011Leste')).toEqual([
      'Guinea–Bissau=GW',
      'Guinea Bissau=GW',
      'Côte d’Ivoire=CI',
      "Cote d'Ivoire=CI",
      'Democratic People’s Republic of Korea=KP',
      'Timor\u2011Leste=TL',
    ]);
    expect(marks('Sri\u00a0Lanka and Sri\n   Lanka')).toEqual(['Sri\u00a0Lanka=LK', 'Sri\n   Lanka=LK']);
  });

  it('finds common variants', () => {
    expect(marks('Syria, Russia, Iran, Turkey, Türkiye, Czechia, the Czech Republic, Ivory Coast, North Korea, DPRK, South Korea')).toEqual([
      'Syria=SY', 'Russia=RU', 'Iran=IR', 'Turkey=TR', 'Türkiye=TR', 'Czechia=CZ', 'the Czech Republic=CZ', 'Ivory Coast=CI', 'North Korea=KP', 'DPRK=KP', 'South Korea=KR',
    ]);
    expect(marks('Viet Nam, Vietnam, Lao PDR, Laos, Bolivia, Venezuela, Tanzania, Moldova, the Holy See, the Vatican, Palestine, Micronesia')).toEqual([
      'Viet Nam=VN', 'Vietnam=VN', 'Lao PDR=LA', 'Laos=LA', 'Bolivia=BO', 'Venezuela=VE', 'Tanzania=TZ', 'Moldova=MD', 'the Holy See=VA', 'the Vatican=VA', 'Palestine=PS', 'Micronesia=FM',
    ]);
    expect(marks('the UK, the United Kingdom, Britain, the USA, the United States, the US, U.S. policy, the UAE, the DRC')).toEqual([
      'the UK=GB', 'the United Kingdom=GB', 'Britain=GB', 'the USA=US', 'the United States=US', 'the US=US', 'U.S.=US', 'the UAE=AE', 'the DRC=CD',
    ]);
  });

  it('matches proper nouns only, whole words only', () => {
    expect(marks('roast turkey on fine china; a chile; the Egyptian and Nigerian delegations; Chinese; Syrian')).toEqual([]);
    expect(marks('let us know; Us; usa')).toEqual([]);
    expect(marks('EGYPT AND CHINA')).toEqual(['EGYPT=EG', 'CHINA=CN']);
    expect(marks("Egypt's delegation; US-China talks")).toEqual(['Egypt=EG', 'US=US', 'China=CN']);
    expect(marks('LET US KNOW WHAT THE UK SAYS')).toEqual([]);
    // Soft hyphens and combining accents inside a name are covered; capitals are still checked.
    expect(marks('Tur\u00adkey, tur\u00adkey, Cha\u0301d')).toEqual(['Tur\u00adkey=TR', 'Cha\u0301d=TD']);
    // CJK text around a Latin name is not a word boundary problem; digits are.
    expect(marks('访问Egypt和China；Egypt2')).toEqual(['Egypt=EG', 'China=CN']);
  });

  it('tells first names and US places from States', () => {
    expect(marks('Jordan Peterson and Chad Smith spoke; Georgia Tech; said Michael Jordan')).toEqual([]);
    expect(marks('Jordan, Chad and Georgia spoke. Chad is a State. The King of Jordan visited Chad Egypt')).toEqual([
      'Jordan=JO', 'Chad=TD', 'Georgia=GE', 'Chad=TD', 'Jordan=JO', 'Chad=TD', 'Egypt=EG',
    ]);
    expect(marks('Atlanta, Georgia; Georgia 30303; Savannah, Georgia, U.S.; the state of Georgia')).toEqual(['U.S.=US']);
    expect(marks('Tbilisi, Georgia; Georgia and Armenia')).toEqual(['Georgia=GE', 'Georgia=GE', 'Armenia=AM']);
  });

  it('does not take places that contain a name', () => {
    expect(marks('New Mexico; the island of New Guinea; the Gulf of Guinea; Lake Chad; the Niger Delta')).toEqual([]);
    expect(marks('Papua New Guinea; Mexico; Guinea')).toEqual(['Papua New Guinea=PG', 'Mexico=MX', 'Guinea=GN']);
  });
});

describe('French', () => {
  it('finds the name after elisions and contractions', () => {
    expect(marks("d'Égypte, d’Égypte, du Venezuela, des États-Unis, aux Émirats arabes unis, au Burundi, de la Chine")).toEqual([
      'Égypte=EG', 'Égypte=EG', 'Venezuela=VE', 'États-Unis=US', 'Émirats arabes unis=AE', 'Burundi=BI', 'la Chine=CN',
    ]);
  });

  it('includes the UNTERM article where the text uses it', () => {
    expect(marks("l'Égypte, l’Égypte, la Chine, La Chine, le Bélarus, les Bahamas")).toEqual([
      "l'Égypte=EG", 'l’Égypte=EG', 'la Chine=CN', 'La Chine=CN', 'le Bélarus=BY', 'les Bahamas=BS',
    ]);
  });

  it('tolerates missing accents on capitals but not lower case or demonyms', () => {
    expect(marks('Egypte, Republique democratique du Congo')).toEqual(['Egypte=EG', 'Republique democratique du Congo=CD']);
    expect(marks('un vase de chine; égyptien; les Égyptiens; syrienne; Maurice Ravel; Nouvelle-Guinée; Nouveau-Mexique')).toEqual([]);
    expect(marks('à Maurice, en Papouasie-Nouvelle-Guinée')).toEqual(['Maurice=MU', 'Papouasie-Nouvelle-Guinée=PG']);
  });
});

describe('Spanish', () => {
  it('finds names with and without the article, and variants', () => {
    expect(marks('del Perú, el Perú, los Estados Unidos, EE. UU., Guinea Ecuatorial, la República Dominicana y Dominica, Níger y Nigeria')).toEqual([
      'Perú=PE', 'el Perú=PE', 'los Estados Unidos=US', 'EE. UU.=US', 'Guinea Ecuatorial=GQ', 'la República Dominicana=DO', 'Dominica=DM', 'Níger=NE', 'Nigeria=NG',
    ]);
    expect(marks('un chile picante; Mauricio Macri; Siria y Rusia')).toEqual(['Siria=SY', 'Rusia=RU']);
  });
});

describe('Russian', () => {
  it('matches declined names in a sentence', () => {
    const text =
      'Представитель Египта заявил, что в Египте и Китае, а также в Российской Федерации и Беларуси ' +
      'правозащитники подвергаются репрессиям; с Российскую Федерацию, Беларусью, Китаем и Соединёнными Штатами Америки, ' +
      'а также к Соединенным Штатам, Бурунди и Венесуэле.';
    expect(marks(text)).toEqual([
      'Египта=EG', 'Египте=EG', 'Китае=CN', 'Российской Федерации=RU', 'Беларуси=BY', 'Российскую Федерацию=RU', 'Беларусью=BY', 'Китаем=CN',
      'Соединёнными Штатами Америки=US', 'Соединенным Штатам=US', 'Бурунди=BI', 'Венесуэле=VE',
    ]);
  });

  it('prefers the longest name and keeps apart adjectives and demonyms', () => {
    expect(marks('Нигер и Нигерия, Гвинеи и Гвинеи-Бисау, Судана и Южного Судана, Республике Корея и Корейской Народно-Демократической Республике')).toEqual([
      'Нигер=NE', 'Нигерия=NG', 'Гвинеи=GN', 'Гвинеи-Бисау=GW', 'Судана=SD', 'Южного Судана=SS', 'Республике Корея=KR', 'Корейской Народно-Демократической Республике=KP',
    ]);
    expect(marks('египетский суд, египтянин, китайский чай, российский, белорусский')).toEqual([]);
    expect(marks('Того же мнения придерживаются. Делегация Того выступила.')).toEqual(['Того=TG']);
    expect(marks('у озера Чад, в Новой Гвинее; в Чаде и Гвинее')).toEqual(['Чаде=TD', 'Гвинее=GN']);
    expect(marks('РФ, КНР, ЮАР и ЦАР')).toEqual(['РФ=RU', 'КНР=CN', 'ЮАР=ZA', 'ЦАР=CF']);
    expect(marks('Сирии, России, Ирана, Турции, КНДР, Лаоса, Ватикана, Великобритании, США, ОАЭ')).toEqual([
      'Сирии=SY', 'России=RU', 'Ирана=IR', 'Турции=TR', 'КНДР=KP', 'Лаоса=LA', 'Ватикана=VA', 'Великобритании=GB', 'США=US', 'ОАЭ=AE',
    ]);
  });
});

describe('Chinese', () => {
  it('takes the longest name without word boundaries', () => {
    expect(marks('印度尼西亚和印度；几内亚比绍、赤道几内亚、巴布亚新几内亚和几内亚；南苏丹和苏丹；刚果民主共和国和刚果；多米尼加共和国和多米尼克')).toEqual([
      '印度尼西亚=ID', '印度=IN', '几内亚比绍=GW', '赤道几内亚=GQ', '巴布亚新几内亚=PG', '几内亚=GN', '南苏丹=SS', '苏丹=SD', '刚果民主共和国=CD', '刚果=CG', '多米尼加共和国=DO', '多米尼克=DM',
    ]);
    expect(marks('中华人民共和国在中国')).toEqual(['中华人民共和国=CN', '中国=CN']);
    expect(marks('叙利亚、俄罗斯、伊朗、土耳其、朝鲜、韩国、越南、老挝')).toEqual([
      '叙利亚=SY', '俄罗斯=RU', '伊朗=IR', '土耳其=TR', '朝鲜=KP', '韩国=KR', '越南=VN', '老挝=LA',
    ]);
  });

  it('leaves out demonyms and words that contain a name', () => {
    // Demonyms: 埃及人 "an Egyptian", 中国人 "a Chinese person" are not the State's name.
    expect(marks('埃及人和中国人')).toEqual([]);
    // 中国人权 is 中国 + 人权 "human rights": the name.
    expect(marks('中国人权捍卫者')).toEqual(['中国=CN']);
    // 发展中国家 "developing countries", 合法国家 "legitimate States", 印度洋, 朝鲜半岛.
    expect(marks('发展中国家、合法国家、印度洋、朝鲜半岛、新几内亚岛')).toEqual([]);
  });
});

describe('Arabic', () => {
  it('matches names carrying clitics; the mark covers the name only', () => {
    expect(marks('مصر ومصر بمصر لمصر فمصر وبمصر')).toEqual(['مصر=EG', 'مصر=EG', 'مصر=EG', 'مصر=EG', 'مصر=EG', 'مصر=EG']);
    expect(marks('الصين والصين بالصين وبالصين للصين وللصين')).toEqual(['الصين=CN', 'الصين=CN', 'الصين=CN', 'الصين=CN', 'لصين=CN', 'لصين=CN']);
    expect(marks('للولايات المتحدة الأمريكية وجمهورية مصر العربية')).toEqual(['لولايات المتحدة الأمريكية=US', 'جمهورية مصر العربية=EG']);
  });

  it('tolerates alef, hamza, alef maksura, taa marbuta and tatweel variants', () => {
    expect(marks('الامارات العربية المتحدة، إيران، ايران، مـصـر، بوروندى، سوريه')).toEqual([
      'الامارات العربية المتحدة=AE', 'إيران=IR', 'ايران=IR', 'مـصـر=EG', 'بوروندى=BI', 'سوريه=SY',
    ]);
  });

  it('rejects demonyms, wrong articles and longer words', () => {
    expect(marks('مصري مصرية المصريين المالي المالية الصيني استشاد')).toEqual([]);
    expect(marks('دعم مالي وعجز مالي')).toEqual([]);
    expect(marks('دول المغرب العربي، نصف قطر الدائرة، المغرب وقطر')).toEqual(['المغرب=MA', 'قطر=QA']);
    expect(marks('في مالي وحكومة مالي')).toEqual(['مالي=ML', 'مالي=ML']);
    expect(marks('سوريا وروسيا وإيران وتركيا')).toEqual(['سوريا=SY', 'روسيا=RU', 'إيران=IR', 'تركيا=TR']);
  });
});

describe('mixed text', () => {
  it('finds names in a long paragraph in six languages, with exact offsets', () => {
    const paragraph = [
      'The Secretary-General’s report names China, Belarus, Burundi, Egypt and the Bolivarian Republic of Venezuela.',
      'Le rapport cite la Chine, le Bélarus, le Burundi, l’Égypte et la République bolivarienne du Venezuela.',
      'El informe menciona a China, Belarús, Burundi, Egipto y Venezuela (República Bolivariana de).',
      'В докладе упоминаются Китай, Беларусь, Бурунди, Египет и Боливарианская Республика Венесуэла.',
      '报告提到中国、白俄罗斯、布隆迪、埃及和委内瑞拉玻利瓦尔共和国。',
      'ويذكر التقرير الصين وبيلاروس وبوروندي ومصر وجمهورية فنزويلا البوليفارية.',
    ].join(' ');
    const expected = ['CN', 'BY', 'BI', 'EG', 'VE'];
    const found = matcher.find(paragraph);
    expect(found.map((m) => m.iso2)).toEqual([...expected, ...expected, ...expected, ...expected, ...expected, ...expected]);
    expect(found.map((m) => paragraph.slice(m.start, m.end)).slice(0, 10)).toEqual([
      'China', 'Belarus', 'Burundi', 'Egypt', 'the Bolivarian Republic of Venezuela', 'la Chine', 'le Bélarus', 'le Burundi', 'l’Égypte', 'la République bolivarienne du Venezuela',
    ]);
    expect(found.map((m) => paragraph.slice(m.start, m.end)).slice(25)).toEqual(['الصين', 'بيلاروس', 'بوروندي', 'مصر', 'جمهورية فنزويلا البوليفارية']);
  });

  it('reads a press-release style text without false friends', () => {
    const text =
      'GENEVA (12 September 2022) – The Human Rights Council today heard the Assistant Secretary-General, ' +
      'who said that reprisals had been documented in 42 States, including the Niger and Nigeria, Guinea-Bissau, ' +
      'the Sudan and South Sudan. Speaking on behalf of the European Union, Czechia said the Egyptian authorities ' +
      'should release Ibrahim Metwally Hegazy. Jordan Smith of the Georgia Institute of Technology (Atlanta, Georgia) ' +
      'attended. The delegation of Türkiye, formerly Turkey, spoke after the Russian Federation and Belarus; ' +
      'the United States of America, the United Kingdom and China replied. Over lunch, turkey on china plates. ' +
      'Le Burundi et la République bolivarienne du Venezuela ont répondu ; la délégation d’Égypte aussi.';
    expect(marks(text)).toEqual([
      'the Niger=NE',
      'Nigeria=NG',
      'Guinea-Bissau=GW',
      'the Sudan=SD',
      'South Sudan=SS',
      'Czechia=CZ',
      'Türkiye=TR',
      'Turkey=TR',
      'the Russian Federation=RU',
      'Belarus=BY',
      'the United States of America=US',
      'the United Kingdom=GB',
      'China=CN',
      'Le Burundi=BI',
      'la République bolivarienne du Venezuela=VE',
      'Égypte=EG',
    ]);
  });

  it('returns nothing for text without names, and for empty text', () => {
    expect(matcher.find('')).toEqual([]);
    expect(matcher.find('Human rights defenders who cooperate with the United Nations face reprisals.')).toEqual([]);
  });
});

describe('compileMatcher', () => {
  it('compiles a subset of names and finds only those', () => {
    const subset = allStateNames().filter((n) => n.iso2 === 'EG' || n.iso2 === 'CN');
    const m = compileMatcher(subset);
    expect(m.find('Egypt, China, Belarus, Египта, 中国').map((x) => x.iso2)).toEqual(['EG', 'CN', 'EG', 'CN']);
  });

  it('returns the same shared matcher each time', () => {
    expect(getStateMatcher()).toBe(matcher);
  });
});

describe('places that are parts of other States', () => {
  it('does not take Northern Ireland for Ireland or American Samoa for Samoa', () => {
    expect(marks('Northern Ireland, American Samoa, Ireland, Samoa')).toEqual(['Ireland=IE', 'Samoa=WS']);
    expect(marks('the United Kingdom of Great Britain and Northern Ireland')).toEqual(['the United Kingdom of Great Britain and Northern Ireland=GB']);
    expect(marks('北爱尔兰和爱尔兰')).toEqual(['爱尔兰=IE']);
    expect(marks('内蒙古和蒙古；Inner Mongolia and Mongolia；во Внутренней Монголии и Монголии')).toEqual(['蒙古=MN', 'Mongolia=MN', 'Монголии=MN']);
    expect(marks('白俄罗斯和俄罗斯；روسيا البيضاء وروسيا')).toEqual(['白俄罗斯=BY', '俄罗斯=RU', 'روسيا البيضاء=BY', 'روسيا=RU']);
    expect(marks('عمان، الأردن؛ سلطنة عمان')).toEqual(['الأردن=JO', 'سلطنة عمان=OM']);
  });
});

describe('Georgia, the US state, in other languages', () => {
  it('is not the State', () => {
    expect(marks("l’État de Géorgie, Atlanta, Géorgie, ولاية جورجيا، South Georgia")).toEqual([]);
    expect(marks('la Géorgie, جورجيا وأرمينيا')).toEqual(['la Géorgie=GE', 'جورجيا=GE', 'أرمينيا=AM']);
  });
});

describe('the scanning shortcut inside words', () => {
  it('never changes what is found', () => {
    const names = allStateNames();
    const plain = compileWithReport(names, { midWordShortcut: false }).matcher;
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const glue = ['', '', ' ', 'a', 'L', 'и', 'و', 'ب', 'ال', '-', '’', '的', ', ', 'x ', 'ü'];
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let k = 0; k < 12; k++) {
        text += glue[Math.floor(random() * glue.length)]!;
        const name = names[Math.floor(random() * names.length)]!.name;
        text += random() < 0.2 ? name.toUpperCase() : name;
      }
      expect(matcher.find(text), text).toEqual(plain.find(text));
    }
  });
});
