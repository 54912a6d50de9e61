import { describe, expect, it } from 'vitest';
import { getStateMatcher, type FindOptions } from './index';
import { pageBitOf } from './matcher';

/**
 * Sentences as the UN writes them. Those marked "quoted" are taken from UN documents and pages
 * (symbol or address given); the others follow the same documents' usage.
 */
const matcher = getStateMatcher();

function marks(text: string, options?: FindOptions): string[] {
  return matcher.find(text, options).map((m) => `${text.slice(m.start, m.end)}=${m.iso2}`);
}

describe('short forms UN texts use after the first mention', () => {
  it('Chinese: 联合王国 is the United Kingdom; the full name still wins', () => {
    // Quoted: CCPR/C/GBR/CO/7, Chinese.
    expect(marks('委员会欢迎大不列颠及北爱尔兰联合王国及时提交第七次定期报告和其中所载资料。')).toEqual(['大不列颠及北爱尔兰联合王国=GB']);
    expect(marks('委员会关切地注意到，联合王国尚未将《公约》纳入国内法；美国、俄罗斯联邦和联合王国代表发了言。')).toEqual([
      '联合王国=GB',
      '美国=US',
      '俄罗斯联邦=RU',
      '联合王国=GB',
    ]);
    expect(marks('伊朗、叙利亚、刚果（金）、刚果(布)、美利坚合众国和俄罗斯的代表')).toEqual([
      '伊朗=IR',
      '叙利亚=SY',
      '刚果（金）=CD',
      '刚果(布)=CG',
      '美利坚合众国=US',
      '俄罗斯=RU',
    ]);
    // 阿拉伯联合酋长国 contains 联合 but not 联合王国; 联合国 is the United Nations.
    expect(marks('阿拉伯联合酋长国和联合王国')).toEqual(['阿拉伯联合酋长国=AE', '联合王国=GB']);
    expect(marks('联合国人权理事会和联合国大会；联合起来')).toEqual([]);
  });

  it('English, French, Spanish, Russian and Arabic short forms', () => {
    expect(marks('The United Kingdom, Bolivia, Venezuela, Tanzania, Micronesia and Moldova made statements; the United States replied.')).toEqual([
      'The United Kingdom=GB',
      'Bolivia=BO',
      'Venezuela=VE',
      'Tanzania=TZ',
      'Micronesia=FM',
      'Moldova=MD',
      'the United States=US',
    ]);
    expect(marks('Le Royaume-Uni, les États-Unis, la Bolivie et la République de Moldova ont pris la parole.')).toEqual([
      'Le Royaume-Uni=GB',
      'les États-Unis=US',
      // UNTERM's French short name, "Bolivie (État plurinational de)", carries no article.
      'Bolivie=BO',
      'la République de Moldova=MD',
    ]);
    expect(marks('El Reino Unido, los Estados Unidos, Bolivia, Venezuela y la República Unida de Tanzanía intervinieron.')).toEqual([
      'El Reino Unido=GB',
      'los Estados Unidos=US',
      'Bolivia=BO',
      'Venezuela=VE',
      'la República Unida de Tanzanía=TZ',
    ]);
    expect(marks('С заявлениями выступили представители Соединенного Королевства, Соединенных Штатов, Ирана и Республики Молдова.')).toEqual([
      'Соединенного Королевства=GB',
      'Соединенных Штатов=US',
      'Ирана=IR',
      'Республики Молдова=MD',
    ]);
    expect(marks('وأدلى ممثلو المملكة المتحدة والولايات المتحدة وإيران وجمهورية مولدوفا ببيانات.')).toEqual([
      'المملكة المتحدة=GB',
      'الولايات المتحدة=US',
      'إيران=IR',
      'جمهورية مولدوفا=MD',
    ]);
  });
});

describe('former UN names, as the State of today', () => {
  it('English', () => {
    // Quoted: OHCHR, UPR highlights, 12 May 2009 (previous.ohchr.org).
    expect(marks('The Working Group reviewed the fulfillment of human rights obligations by the Former Yugoslav Republic of Macedonia, this afternoon.')).toEqual([
      'the Former Yugoslav Republic of Macedonia=MK',
    ]);
    // Quoted: A/HRC/16/15 (2011) and A/HRC/30/16 (2015).
    expect(marks('The review of the Libyan Arab Jamahiriya was held at the 13 meeting, on 9 November 2010.')).toEqual(['the Libyan Arab Jamahiriya=LY']);
    expect(marks('A list of questions prepared in advance by the Czech Republic, Kenya, Liechtenstein, Mexico, the Netherlands, Slovenia, Sweden and the United Kingdom of Great Britain and Northern Ireland was transmitted to Libya through the troika.')).toEqual([
      'the Czech Republic=CZ',
      'Kenya=KE',
      'Liechtenstein=LI',
      'Mexico=MX',
      'the Netherlands=NL',
      'Slovenia=SI',
      'Sweden=SE',
      'the United Kingdom of Great Britain and Northern Ireland=GB',
      'Libya=LY',
    ]);
    expect(marks('Swaziland, the Kingdom of Swaziland, Turkey, the Republic of Turkey, Cape Verde and the Republic of Cape Verde')).toEqual([
      'Swaziland=SZ',
      'the Kingdom of Swaziland=SZ',
      'Turkey=TR',
      'the Republic of Turkey=TR',
      'Cape Verde=CV',
      'the Republic of Cape Verde=CV',
    ]);
    expect(marks('the Netherlands (Kingdom of the), the Kingdom of the Netherlands, Netherlands')).toEqual([
      'the Netherlands=NL',
      'the Kingdom of the Netherlands=NL',
      'Netherlands=NL',
    ]);
  });

  it('French', () => {
    // Quoted: gadebate.un.org, 65th session (2010); UN Geneva meeting summary, June 2011.
    expect(marks('M. Antonio Pedro Monteiro Lima, Ambassadeur et Représentant Permanent de la République du Cap-Vert, a insisté sur les changements climatiques.')).toEqual([
      'la République du Cap-Vert=CV',
    ]);
    expect(marks("la session extraordinaire sur la situation des droits de l'homme dans la Jamahiriya arabe libyenne")).toEqual(['la Jamahiriya arabe libyenne=LY']);
    expect(marks("l'ex-République yougoslave de Macédoine, le Swaziland, la Turquie, la République turque, les Pays-Bas et la République tchèque")).toEqual([
      "l'ex-République yougoslave de Macédoine=MK",
      'le Swaziland=SZ',
      'la Turquie=TR',
      'la République turque=TR',
      'les Pays-Bas=NL',
      'la République tchèque=CZ',
    ]);
  });

  it('Spanish, Russian, Chinese, Arabic', () => {
    expect(marks('la ex República Yugoslava de Macedonia, Swazilandia, Turquía, la República de Turquía y los Países Bajos')).toEqual([
      'la ex República Yugoslava de Macedonia=MK',
      'Swazilandia=SZ',
      'Turquía=TR',
      'la República de Turquía=TR',
      'los Países Bajos=NL',
    ]);
    // Declined like any other name.
    expect(marks('в бывшей югославской Республике Македония и в Свазиленде; Королевство Свазиленд')).toEqual([
      'бывшей югославской Республике Македония=MK',
      'Свазиленде=SZ',
      'Королевство Свазиленд=SZ',
    ]);
    // Quoted: CMW/C/GUY/CO/1 (2018), Chinese.
    expect(marks('主要是来自巴西、苏里南和委内瑞拉(玻利瓦尔共和国)的移民工人；前南斯拉夫的马其顿共和国和荷兰')).toEqual([
      '巴西=BR',
      '苏里南=SR',
      '委内瑞拉(玻利瓦尔共和国)=VE',
      '前南斯拉夫的马其顿共和国=MK',
      '荷兰=NL',
    ]);
    expect(marks('جمهورية مقدونيا اليوغوسلافية سابقاً وسوازيلند ومملكة سوازيلند')).toEqual([
      'جمهورية مقدونيا اليوغوسلافية سابقاً=MK',
      'سوازيلند=SZ',
      'مملكة سوازيلند=SZ',
    ]);
  });

  it('marks cover the vowel marks written on the last letter, not invisible characters after it', () => {
    const arabic = 'جمهورية مقدونيا اليوغوسلافية سابقاً، مصرٌ';
    expect(matcher.find(arabic).map((m) => m.end)).toEqual([arabic.indexOf('،'), arabic.length]);
    expect(marks('Egypt\u00ad and Egypt\u200b and Tcha\u0302d')).toEqual(['Egypt=EG', 'Egypt=EG', 'Tcha\u0302d=TD']);
  });

  it('their parts alone stay unmarked', () => {
    expect(marks('the Republic of Macedonia; Macedonia; la Macédoine; a former Yugoslav republic')).toEqual([]);
    expect(marks('бывший президент; бывшая республика; la ex República; سابقاً; 前南斯拉夫问题国际法庭')).toEqual([]);
  });
});

describe('currencies named after a State', () => {
  it('are not the State, in five languages', () => {
    expect(marks('a grant of US$ 2 million, 500,000 US dollars, United States dollars, U.S. dollar, US-dollar; the US and the United States')).toEqual([
      'the US=US',
      'the United States=US',
    ]);
    expect(marks('Singapore dollars; Singapore')).toEqual(['Singapore=SG']);
    expect(marks('5 millions de dollars des États-Unis ; les États-Unis')).toEqual(['les États-Unis=US']);
    expect(marks('dólares de los Estados Unidos, dólares EE. UU.; los Estados Unidos')).toEqual(['los Estados Unidos=US']);
    expect(marks('2 млн. долл. США, 100 долларов США; США и Соединенные Штаты')).toEqual(['США=US', 'Соединенные Штаты=US']);
    expect(marks('مليون دولار من دولارات الولايات المتحدة؛ الولايات المتحدة')).toEqual(['الولايات المتحدة=US']);
  });
});

describe('the page’s language', () => {
  const en = { pageLanguage: 'en' };
  it('leaves out French and Spanish names that mean something else on English pages', () => {
    const text = 'The Argentine Congress; fighting in Equateur; Grenade attacks; Chili peppers; Granada, Spain; Maurice said; Santa Lucía; Dominique Strauss-Kahn';
    expect(marks(text, en)).toEqual(['Spain=ES']);
    // Without a language every name is kept, as before.
    expect(marks('The Argentine Congress; Grenade attacks; Granada', {})).toEqual(['Argentine=AR', 'Grenade=GD', 'Granada=GD']);
    // The English names and French names with their article are still States on English pages.
    expect(marks('Argentina, Ecuador, Grenada, Chile, Mauritius; l’Argentine', en)).toEqual([
      'Argentina=AR',
      'Ecuador=EC',
      'Grenada=GD',
      'Chile=CL',
      'Mauritius=MU',
      'l’Argentine=AR',
    ]);
  });

  it('keeps them on pages in their own language, whatever the region or script subtag', () => {
    for (const pageLanguage of ['fr', 'fr-CH', 'FR_be']) {
      expect(marks("l'Argentine et le Chili, l'Équateur, la Grenade", { pageLanguage })).toEqual([
        "l'Argentine=AR",
        'le Chili=CL',
        "l'Équateur=EC",
        'la Grenade=GD',
      ]);
    }
    expect(marks('The Argentine Congress', { pageLanguage: 'en-GB' })).toEqual([]);
    expect(marks('The Argentine Congress', { pageLanguage: 'de' })).toEqual(['Argentine=AR']);
  });

  it('does not take the Congolese province for Ecuador in any language', () => {
    expect(marks("dans la province de l'Équateur, en République démocratique du Congo")).toEqual(['République démocratique du Congo=CD']);
    expect(marks('in Équateur Province of the Democratic Republic of the Congo')).toEqual(['the Democratic Republic of the Congo=CD']);
  });

  it('leaves out Jordan as a name on French and Spanish pages', () => {
    expect(marks('Michael Jordan a dit', { pageLanguage: 'fr' })).toEqual([]);
    expect(marks('la Jordanie', { pageLanguage: 'fr' })).toEqual(['la Jordanie=JO']);
  });

  it('parses BCP-47 tags by their primary language', () => {
    expect(pageBitOf('en')).toBe(pageBitOf('en-US'));
    expect(pageBitOf('zh-Hant-TW')).toBe(pageBitOf('zh'));
    expect(pageBitOf('ar-EG')).not.toBe(0);
    expect(pageBitOf('')).toBe(0);
    expect(pageBitOf(undefined)).toBe(0);
    expect(pageBitOf('english')).toBe(0);
    expect(pageBitOf('de-DE')).toBe(0);
  });
});
