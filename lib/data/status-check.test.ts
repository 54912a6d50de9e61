// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getCase, getCases } from './index';
import type { Case } from './schema';
import { statusProblems } from './status-check';

const copy = (id: string): Case => structuredClone(getCase(id)!);

describe('every case status agrees with its events, subjects and sources', () => {
  for (const c of getCases()) {
    it(c.id, () => {
      expect(statusProblems(c)).toEqual([]);
    });
  }

  it('lists each detained person of the data as held and each released one as not held', () => {
    const viasna = getCase('viasna')!;
    const situation = (name: string) => viasna.status.people.find((p) => p.name.en === name)?.situation;
    expect(situation('Valiantsin Stefanovich')).toBe('detained');
    expect(situation('Marfa Rabkova')).toBe('detained');
    expect(situation('Ales Bialiatski')).toBe('released');
    expect(situation('Uladzimir Labkovich')).toBe('released');
    expect(situation('Tatsiana Lasitsa')).toBe('released');
    expect(getCase('ibrahim-metwally-hegazy')!.status.people[0]!.situation).toBe('detained');
  });
});

describe('statusProblems', () => {
  it('catches a person listed as detained after a later release event', () => {
    const c = copy('viasna');
    c.updates.push({
      date: '2026-01-01',
      text: { en: 'Test release.', zh: '测试。' },
      sources: ['hrw-2025-belarus'],
      weakSourcesOnly: false,
      changes: [{ person: 'Marfa Rabkova', situation: 'released' }],
    });
    expect(statusProblems(c)).toContainEqual(expect.stringMatching(/Marfa Rabkova: listed as detained \(held\) but the event of 2026-01-01 says released/));
  });

  it('catches a person listed as released after a later detention event', () => {
    const c = copy('venezuela-organisations');
    c.updates.push({
      date: '2026-02',
      text: { en: 'Test detention.', zh: '测试。' },
      sources: ['eldiario-2025-correa'],
      weakSourcesOnly: false,
      changes: [{ person: 'Carlos Correa', situation: 'detained' }],
    });
    expect(statusProblems(c)).toContainEqual(expect.stringMatching(/Carlos Correa: listed as released-with-restrictions \(not-held\)/));
  });

  it('catches unknown source ids, wrong weak flags, misdated mentions and unlisted people', () => {
    const c = copy('burundi-lawyers');
    c.status.people[0]!.sources.push('no-such-source');
    c.stateMentions[1]!.date = '2021-09-29';
    c.stateMentions[4]!.weakSourcesOnly = false;
    c.status.people.pop();
    const problems = statusProblems(c).join('\n');
    expect(problems).toMatch(/unknown source id "no-such-source"/);
    expect(problems).toMatch(/stateMentions\.1 \(HRC51 BE,NL,LU\): date 2021-09-29 is outside the session/);
    expect(problems).toMatch(/stateMentions\.4 .*weakSourcesOnly is false but its sources are all weak/);
    expect(problems).toMatch(/status: no entry for Lambert Nigarura/);
  });

  it('catches a Cyrillic or Arabic spelling of a name without a source', () => {
    const c = copy('jiang-tianyong');
    c.subjects[0]!.name.ru = 'Цзян Тяньюн';
    expect(statusProblems(c)).toContain('subjects: Jiang Tianyong: the ru spelling has no source');
  });
});
