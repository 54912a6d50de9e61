import { seededRandom } from '../lib/seeded-random';
/**
 * Generates UN-like HTML pages of a given size for the marking benchmark: navigation, headings,
 * paragraphs, lists, tables, a form, scripts and styles, in the six UN languages (Arabic right
 * to left), with State names spread through the text. Seeded, so every run measures the same pages.
 *
 * Density: a State name about every 340 characters of text, like UN prose that names States
 * now and then (sentences, headings, a list item, some table rows), not a list of States. The
 * benchmark measures and prints the density of each page it generates.
 */
export interface PageName {
  name: string;
  lang: 'en' | 'fr' | 'es' | 'ru' | 'zh' | 'ar';
}

const FILLER: Record<PageName['lang'], string[]> = {
  en: [
    'The Human Rights Council continued its general debate on item 5.',
    'Statements were delivered on behalf of a group of States.',
    'The meeting was suspended and resumed in the afternoon.',
    'The report is available in all official languages.',
    'Civil society organizations took the floor under this item.',
  ],
  fr: [
    'Le Conseil des droits de l’homme a poursuivi son débat général au titre du point 5.',
    'Des déclarations ont été faites au nom d’un groupe d’États.',
    'La séance a été suspendue puis reprise dans l’après-midi.',
    'Le rapport est disponible dans toutes les langues officielles.',
  ],
  es: [
    'El Consejo de Derechos Humanos prosiguió su debate general sobre el tema 5.',
    'Se formularon declaraciones en nombre de un grupo de Estados.',
    'La sesión se suspendió y se reanudó por la tarde.',
    'El informe está disponible en todos los idiomas oficiales.',
  ],
  ru: [
    'Совет по правам человека продолжил общие прения по пункту 5.',
    'С заявлениями от имени группы государств выступили делегации.',
    'Заседание было прервано и возобновлено во второй половине дня.',
    'Доклад имеется на всех официальных языках.',
  ],
  zh: ['人权理事会继续就项目5进行一般性辩论。', '代表一组国家作了发言。', '会议暂停，并于下午复会。', '报告以所有正式语文提供。'],
  ar: [
    'واصل مجلس حقوق الإنسان مناقشته العامة في إطار البند 5.',
    'أُدلي ببيانات باسم مجموعة من الدول.',
    'عُلّقت الجلسة ثم استؤنفت بعد الظهر.',
    'التقرير متاح بجميع اللغات الرسمية.',
  ],
};

const LANGS = Object.keys(FILLER) as PageName['lang'][];
const JOINER: Record<PageName['lang'], string> = { en: ', ', fr: ', ', es: ', ', ru: ', ', zh: '、', ar: '، ' };

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function generateUnPage(targetBytes: number, names: readonly PageName[], seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const byLang = new Map(LANGS.map((l) => [l, names.filter((n) => n.lang === l).map((n) => n.name)]));
  const name = (lang: PageName['lang']) => escapeText(pick(byLang.get(lang)!.length ? byLang.get(lang)! : ['—']));
  const sentence = (lang: PageName['lang']) => {
    const base = escapeText(pick(FILLER[lang]));
    const roll = random();
    if (roll < 0.04) return `${base} ${name(lang)}${JOINER[lang]}${name(lang)}.`;
    return roll < 0.08 ? `${base} <a href="/${lang}/x">${name(lang)}</a>` : base;
  };
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark page</title>',
    '<style>body{font:15px/1.5 sans-serif;max-width:900px;margin:auto} td{padding:2px 6px}</style></head><body>',
    '<header><nav><a href="/">Home</a> <a href="/en/hrbodies">Human Rights Bodies</a> <a href="/en/countries">Countries</a></nav></header><main>',
  ];
  let size = parts.join('').length;
  let section = 0;
  const closing = '</main><footer>United Nations</footer></body></html>';
  while (size < targetBytes - closing.length) {
    const lang = LANGS[section % LANGS.length]!;
    const dir = lang === 'ar' ? ' dir="rtl"' : '';
    const chunk: string[] = [`<section lang="${lang}"${dir}><h2>${name(lang)}</h2>`];
    for (let p = 0; p < 4; p++) {
      const sentences = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(lang)).join(' ');
      chunk.push(`<p>${sentences} <em>${escapeText(pick(FILLER[lang]))}</em></p>`);
    }
    chunk.push('<ul>', ...Array.from({ length: 5 }, (_, i) => `<li>${i === 0 ? name(lang) : escapeText(pick(FILLER[lang]))} — <span>${escapeText(pick(FILLER[lang]))}</span></li>`), '</ul>');
    chunk.push('<table><tbody>', ...Array.from({ length: 6 }, (_, i) => `<tr><td>${i % 6 === 0 ? name(lang) : `A/HRC/${45 + i}/${10 + section % 40}`}</td><td>${2010 + i}</td><td>${sentence(lang)}</td></tr>`), '</tbody></table>');
    if (section % 7 === 0) chunk.push(`<form><input value="${name(lang)}"><textarea>${name(lang)}</textarea></form><script>void 0</script>`);
    chunk.push('</section>');
    const html = chunk.join('');
    parts.push(html);
    size += Buffer.byteLength(html);
    section++;
  }
  parts.push(closing);
  return parts.join('');
}
