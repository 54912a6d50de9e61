import type { DataLanguage } from '@/lib/data/schema';

/**
 * A paragraph for a statement at the UN, in the voice of a delegation ("we"), in the six UN
 * languages. Facts come only from the data (the case, the State, the reports that included it,
 * the dated status, the people still held, the sources); the sentences around them say nothing
 * else. `{placeholders}` are filled by statement.ts; lib/drafting/fill-template.ts refuses a missing one.
 */
export interface StatementTemplate {
  /** The case and the State responsible. */
  opening: string;
  /** The Secretary-General's reports that included the case: one, two, more. */
  reportsOne: string;
  reportsTwo: string;
  reportsMany: string;
  /** One report in that list: its year and symbol, or its year alone where no symbol is known. */
  reportItem: string;
  reportItemNoSymbol: string;
  /** Where the case stands, and the date of the newest fact the status rests on. */
  situation: string;
  /** The people still held, by name. */
  release: string;
  /** The ask, as the campaign makes it of every State concerned. */
  ask: string;
  /** The sources of the status, for the delegation's own reference. */
  sources: string;
}

export const STATEMENT_TEMPLATES: Readonly<Record<DataLanguage, StatementTemplate>> = {
  en: {
    opening: 'We wish to draw attention to the following case of reprisals: {caseName} ({stateName}).',
    reportsOne: 'It was included in the Secretary-General’s report on reprisals of {items}.',
    reportsTwo: 'It was included in the Secretary-General’s reports on reprisals of {items}.',
    reportsMany: 'It was included in the Secretary-General’s reports on reprisals of {items}.',
    reportItem: '{year} ({symbol})',
    reportItemNoSymbol: '{year}',
    situation: 'As of {date}: {summary}',
    release: 'We call for the release of {names}.',
    ask: 'We call on the authorities concerned to end any reprisals for cooperation with the United Nations, to investigate such acts and to cooperate fully with the United Nations and its human rights mechanisms.',
    sources: 'Sources: {items}',
  },
  zh: {
    opening: '我们谨提请注意以下报复案件：{caseName}（{stateName}）。',
    reportsOne: '秘书长关于报复问题的报告收录了此案：{items}。',
    reportsTwo: '秘书长关于报复问题的报告收录了此案：{items}。',
    reportsMany: '秘书长关于报复问题的报告收录了此案：{items}。',
    reportItem: '{year}年报告（{symbol}）',
    reportItemNoSymbol: '{year}年报告',
    situation: '截至{date}：{summary}',
    release: '我们呼吁释放{names}。',
    ask: '我们呼吁有关当局停止因与联合国合作而采取的任何报复行为，调查此类行为，并与联合国及其人权机制充分合作。',
    sources: '来源：{items}',
  },
  fr: {
    opening: 'Nous souhaitons appeler l’attention sur le cas de représailles suivant : {caseName} ({stateName}).',
    reportsOne: 'Ce cas figure dans le rapport du Secrétaire général sur les représailles de {items}.',
    reportsTwo: 'Ce cas figure dans les rapports du Secrétaire général sur les représailles de {items}.',
    reportsMany: 'Ce cas figure dans les rapports du Secrétaire général sur les représailles de {items}.',
    reportItem: '{year} ({symbol})',
    reportItemNoSymbol: '{year}',
    situation: 'Au {date} : {summary}',
    release: 'Nous appelons à la libération de {names}.',
    ask: 'Nous appelons les autorités concernées à mettre fin à toute mesure de représailles liée à la coopération avec l’Organisation des Nations Unies, à enquêter sur ces actes et à coopérer pleinement avec l’Organisation des Nations Unies et ses mécanismes des droits de l’homme.',
    sources: 'Sources : {items}',
  },
  es: {
    opening: 'Deseamos llamar la atención sobre el siguiente caso de represalias: {caseName} ({stateName}).',
    reportsOne: 'El caso figura en el informe del Secretario General sobre represalias de {items}.',
    reportsTwo: 'El caso figura en los informes del Secretario General sobre represalias de {items}.',
    reportsMany: 'El caso figura en los informes del Secretario General sobre represalias de {items}.',
    reportItem: '{year} ({symbol})',
    reportItemNoSymbol: '{year}',
    situation: 'Al {date}: {summary}',
    release: 'Pedimos la liberación de {names}.',
    ask: 'Exhortamos a las autoridades concernidas a poner fin a toda represalia por la cooperación con las Naciones Unidas, a investigar esos actos y a cooperar plenamente con las Naciones Unidas y sus mecanismos de derechos humanos.',
    sources: 'Fuentes: {items}',
  },
  ru: {
    opening: 'Мы хотели бы обратить внимание на следующий случай репрессий: {caseName} ({stateName}).',
    reportsOne: 'Этот случай включен в доклад Генерального секретаря о репрессиях {items}.',
    reportsTwo: 'Этот случай включен в доклады Генерального секретаря о репрессиях {items}.',
    reportsMany: 'Этот случай включен в доклады Генерального секретаря о репрессиях {items}.',
    reportItem: '{year} года ({symbol})',
    reportItemNoSymbol: '{year} года',
    situation: 'По состоянию на {date}: {summary}',
    release: 'Мы призываем освободить тех, кто по-прежнему находится под стражей: {names}.',
    ask: 'Мы призываем соответствующие власти прекратить любые репрессии за сотрудничество с Организацией Объединенных Наций, расследовать такие действия и в полной мере сотрудничать с Организацией Объединенных Наций и ее правозащитными механизмами.',
    sources: 'Источники: {items}',
  },
  ar: {
    opening: 'نود أن نسترعي الانتباه إلى الحالة التالية من حالات الأعمال الانتقامية: {caseName} ({stateName}).',
    reportsOne: 'وقد أُدرجت هذه الحالة في تقرير الأمين العام عن الأعمال الانتقامية لعام {items}.',
    reportsTwo: 'وقد أُدرجت هذه الحالة في تقريري الأمين العام عن الأعمال الانتقامية لعامي {items}.',
    reportsMany: 'وقد أُدرجت هذه الحالة في تقارير الأمين العام عن الأعمال الانتقامية للأعوام {items}.',
    reportItem: '{year} ({symbol})',
    reportItemNoSymbol: '{year}',
    situation: 'حتى {date}: {summary}',
    release: 'وندعو إلى الإفراج عن {names}.',
    ask: 'وندعو السلطات المعنية إلى وضع حد لأي أعمال انتقامية بسبب التعاون مع الأمم المتحدة، والتحقيق في هذه الأعمال، والتعاون الكامل مع الأمم المتحدة وآلياتها لحقوق الإنسان.',
    sources: 'المصادر: {items}',
  },
};
