import { getCase } from '@/lib/data/index';
import type { Case, CaseMention, CaseStatus } from '@/lib/data/schema';

/**
 * Test cases with a status and State mentions of the shape the data pack declares, so that the
 * tests of how letters follow them do not change each time the shipped facts are updated (tests
 * of the letters as shipped read the real data). The facts are invented for the tests and never
 * shipped: this module is imported by tests only.
 */
export function withFacts(id: string, facts: { status?: CaseStatus; stateMentions?: CaseMention[] }): Case {
  const c = getCase(id);
  if (!c) throw new Error(`No case ${id}`);
  return { ...c, ...facts, stateMentions: facts.stateMentions ?? [] };
}

export function mention(states: string[], session: CaseMention['session'], date: string, group?: string): CaseMention {
  return {
    states,
    ...(group ? { group } : {}),
    session,
    setting: session.startsWith('GA') ? 'third-committee' : 'reprisals-dialogue',
    date,
    text: { en: 'Raised the case (test).', zh: '提及此案（测试）。' },
    sources: ['test'],
    weakSourcesOnly: false,
  };
}

/** Viasna as of a test date: one member free, one still held. */
export const VIASNA_STATUS: CaseStatus = {
  asOf: '2025-12-13',
  summary: { en: 'Test summary: one member released, one still detained.', zh: '测试摘要。', fr: 'Résumé de test : un membre libéré, un autre toujours détenu.' },
  people: [
    { name: { en: 'Ales Bialiatski', zh: '阿列斯·比亚利亚茨基' }, situation: 'released', since: '2025-12-13', text: { en: 'Released (test).', zh: '获释（测试）。' }, sources: ['test'], weakSourcesOnly: false },
    { name: { en: 'Marfa Rabkova', zh: '玛尔法·拉布科娃', ru: 'Марфа Рабкова' }, situation: 'detained', since: '2020-09', text: { en: 'Detained (test).', zh: '被拘押（测试）。' }, sources: ['test'], weakSourcesOnly: false },
  ],
  sources: ['test'],
  stillOpen: [{ en: 'Release of Marfa Rabkova (test).', zh: '释放玛尔法·拉布科娃（测试）。', fr: 'Libération de Marfa Rabkova (test).' }],
};
