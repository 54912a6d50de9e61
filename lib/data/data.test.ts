// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  casesForState,
  getCampaign,
  getCase,
  getCases,
  getReports,
  localized,
  reportsNamingState,
} from './index';
import figuresJson from './figures.json';
import { parsePack } from './parse-pack';
import { Figures, type CampaignText, type CaseEvent, type Source } from './schema';
import { stateByIso2 } from './states';

const CASE_STATES = {
  'jiang-tianyong': 'CN',
  viasna: 'BY',
  'burundi-lawyers': 'BI',
  'ibrahim-metwally-hegazy': 'EG',
  'venezuela-organisations': 'VE',
};

// The campaign page the Chinese texts are taken from (read only by this test, never at run time;
// tests/fixtures/README.md says where the copy comes from).
const SEED = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/sources/ishr-endreprisals-hrc51-zh.txt'), 'utf8');
const squash = (s: string) => s.replace(/\s+/gu, '');
const SEED_SQUASHED = squash(SEED);
const inSeed = (zh: string) => SEED_SQUASHED.includes(squash(zh));

const sourceIdsResolve = (events: CaseEvent[], sources: Source[]) => {
  const ids = new Set(sources.map((s) => s.id));
  return events.flatMap((e) => e.sources.filter((id) => !ids.has(id)).map((id) => `${e.date}: ${id}`));
};

describe('campaign', () => {
  const campaign = getCampaign();

  it('is the HRC51 #EndReprisals campaign with its hashtags and dialogue date', () => {
    expect(campaign.targetSession).toBe('HRC51');
    expect(campaign.hashtags).toEqual({ en: ['#EndReprisals'], zh: ['#停止报复', '#EndReprisals'] });
    expect(campaign.dates.interactiveDialogue).toBe('2022-09-29');
    expect(inSeed(campaign.title.zh)).toBe(true);
  });

  it('has the five cases with the agreed ids, each in its State', () => {
    expect(Object.fromEntries(getCases().map((c) => [c.id, c.state]))).toEqual(CASE_STATES);
    for (const c of getCases()) expect(Object.values(CASE_STATES)).toContain(c.state);
  });

  it('resolves every event and update source id to a source of the same case', () => {
    for (const c of getCases()) {
      expect(sourceIdsResolve([...c.whatHappened, ...c.updates], c.sources), c.id).toEqual([]);
      const ids = c.sources.map((s) => s.id);
      expect(new Set(ids).size, `${c.id}: duplicate source ids`).toBe(ids.length);
    }
  });

  it('takes the Chinese texts verbatim from the campaign page, except where a correction records what it said', () => {
    for (const c of getCases()) {
      const corrected = new Set(c.corrections.map((k) => k.target));
      const background = c.background.filter((_, i) => !corrected.has(`background.${i}`));
      const fromSeed: CampaignText[] = [c.title, c.summary, ...background, ...c.demands, c.callToAction];
      expect(c.translatedFrom).toMatchObject({ summary: 'zh', background: 'zh', demands: 'zh', callToAction: 'zh' });
      for (const text of fromSeed) expect(inSeed(text.zh), `${c.id}: ${text.zh}`).toBe(true);
      // Only facts from English-language sources have a Chinese text of our own.
      for (const e of c.whatHappened.filter((e) => e.translatedFrom !== 'en')) {
        expect(inSeed(e.text.zh), `${c.id} ${e.date}`).toBe(true);
      }
    }
  });

  it('shows the corrected text where the campaign was wrong and keeps what the campaign said', () => {
    const targets = getCases().flatMap((c) => c.corrections.map((k) => `${c.id}/${k.target}`));
    expect(targets).toEqual(['jiang-tianyong/whatHappened.1', 'viasna/background.5', 'burundi-lawyers/whatHappened.0']);
    for (const c of getCases()) {
      for (const k of c.corrections) {
        const [list, index] = k.target.split('.') as ['background' | 'whatHappened', string];
        const item = c[list][Number(index)]!;
        const shown = 'text' in item ? item.text : item;
        expect(inSeed(k.campaignSaid.zh), `${c.id} ${k.target}: what the campaign said`).toBe(true);
        expect(inSeed(shown.zh), `${c.id} ${k.target}: still the campaign's wording`).toBe(false);
      }
    }
    expect(getCase('viasna')!.background[5]!.en).toContain('UN Human Rights Committee');
    expect(getCase('jiang-tianyong')!.whatHappened[1]!.text.en).toContain('about three months after');
    expect(getCase('burundi-lawyers')!.whatHappened[0]!.text.zh).toContain('三人出席');
  });

  it('marks the Chinese of facts from English sources as a translation', () => {
    for (const c of getCases()) {
      for (const u of c.updates) expect(u.translatedFrom, `${c.id} ${u.date}`).toBe('en');
      for (const e of c.whatHappened.filter((e) => !inSeed(e.text.zh))) expect(e.translatedFrom, `${c.id} ${e.date}`).toBe('en');
    }
  });

  it('flags updates that rest only on weak sources, and only those', () => {
    for (const c of getCases()) {
      for (const u of c.updates) {
        const strengths = u.sources.map((id) => c.sources.find((s) => s.id === id)!.strength);
        expect(u.weakSourcesOnly, `${c.id} ${u.date}`).toBe(strengths.every((s) => s === 'weak'));
      }
    }
    // The UK's statement at HRC54 is known only from a press-release aggregator's copy.
    expect(getCases().flatMap((c) => c.stateMentions.filter((m) => m.weakSourcesOnly).map((m) => `${c.id} ${m.session} ${m.states}`))).toEqual([
      'viasna HRC54 GB',
      'burundi-lawyers HRC54 GB',
    ]);
  });

  it('keeps updates to after the campaign and dates each case on its newest sourced fact', () => {
    for (const c of getCases()) {
      for (const u of c.updates) expect(u.date >= '2022-09', `${c.id} ${u.date}`).toBe(true);
      const dates = [...c.whatHappened, ...c.updates, ...c.stateMentions].map((e) => e.date).concat(c.status.asOf);
      const newest = dates.sort().at(-1)!;
      expect(c.asOf === newest || c.asOf.startsWith(newest), `${c.id}: asOf ${c.asOf}, newest fact ${newest}`).toBe(true);
    }
    expect(campaign.asOf).toBe(getCases().map((c) => c.asOf).sort().at(-1));
    expect(campaign.checkedOn >= campaign.asOf).toBe(true);
  });

  it('keeps the State mentions out of the free-text updates', () => {
    for (const c of getCases()) {
      for (const u of c.updates) expect(u.text.en, `${c.id} ${u.date}`).not.toMatch(/interactive dialogue|Third Committee|BENELUX/);
    }
    expect(getCase('viasna')!.stateMentions.map((m) => m.session)).toEqual([
      'HRC51', 'HRC51', 'HRC51', 'HRC52', 'HRC54', 'HRC54', 'HRC54', 'HRC55', 'GA79-C3', 'HRC60', 'HRC60', 'GA80-C3',
    ]);
    // BENELUX named all five cases at HRC52; for Venezuela it is the only mention by a State.
    for (const c of getCases()) expect(c.stateMentions.some((m) => m.session === 'HRC52' && m.group === 'BENELUX'), c.id).toBe(true);
    expect(getCase('venezuela-organisations')!.stateMentions).toHaveLength(1);
  });
});

describe('ISO codes', () => {
  it('uses only States that exist in STATES', () => {
    const used = [
      ...getCases().map((c) => c.state),
      ...getReports().flatMap((r) => r.statesNamed.map((s) => s.iso2)),
    ];
    expect(used.filter((iso2) => !stateByIso2(iso2))).toEqual([]);
  });
});

describe('reports', () => {
  const reports = getReports();

  it('covers every year from 2010 to 2025 in order', () => {
    expect(reports.map((r) => r.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2010 + i));
    expect(reports.find((r) => r.year === 2022)?.symbol).toBe('A/HRC/51/47');
    expect(reports.find((r) => r.year === 2025)).toMatchObject({ symbol: null, symbolVerified: false });
    expect(reports.find((r) => r.year === 2023)?.symbolVerified).toBe(false);
  });

  it('keeps list completeness consistent with the States listed', () => {
    for (const r of reports) {
      const n = r.statesNamed.length;
      if (r.listCompleteness === 'none') expect(n, `${r.year}`).toBe(0);
      if (r.listCompleteness === 'complete') expect(n, `${r.year}`).toBe(r.statedTotal);
      if (r.listCompleteness === 'partial') {
        expect(n, `${r.year}`).toBeGreaterThan(0);
        if (r.statedTotal) expect(n, `${r.year}`).toBeLessThan(r.statedTotal);
      }
      expect(new Set(r.statesNamed.map((s) => s.iso2)).size, `${r.year}: duplicate State`).toBe(n);
    }
  });

  it('resolves every per-State source id to a source of the same report', () => {
    for (const r of reports) {
      const ids = new Set(r.sources.map((s) => s.id));
      const missing = r.statesNamed.flatMap((s) => (s.sources ?? []).filter((id) => !ids.has(id)));
      expect(missing, `${r.year}`).toEqual([]);
    }
  });

  it('carries what was inferred rather than read', () => {
    for (const year of [2012, 2014, 2015, 2017, 2023, 2024]) {
      expect(reports.find((r) => r.year === year)?.inferred, `${year}`).toBeTruthy();
    }
    const indonesia = reports.find((r) => r.year === 2024)!.statesNamed.find((s) => s.iso2 === 'ID');
    expect(indonesia?.inferred).toMatch(/Inferred/);
  });

  it('finds the reports naming a State', () => {
    expect(reportsNamingState('by').map((r) => r.year)).toEqual([2012, 2021, 2022]);
    expect(reportsNamingState('VA')).toEqual([]);
  });
});

describe('figures', () => {
  it('carries the database and study figures, with the unverified one marked', () => {
    const f = parsePack('figures.json', Figures, figuresJson);
    expect([f.ishrDatabase.cases.value, f.ishrDatabase.states.value, f.ishrDatabase.reports.value]).toEqual([709, 76, 11]);
    expect(f.ishrDatabase.states.independentlyVerified).toBe(false);
    expect(f.ishrDatabase.cases.independentlyVerified).toBe(true);
    expect([f.study.cases.value, f.study.reports.value, f.study.namedCases.value]).toEqual([709, 11, 473]);
    expect([f.study.yearsFrom, f.study.yearsTo]).toEqual([2010, 2020]);
    // The campaign page's wording is kept; where it read as open-ended, the shown text says 2010–2020.
    for (const fig of Object.values(f.ishrDatabase)) expect(inSeed((fig.campaignText ?? fig.text).zh)).toBe(true);
    for (const fig of [f.ishrDatabase.cases, f.ishrDatabase.reports]) {
      expect(fig.period).toEqual({ from: 2010, to: 2020 });
      expect(fig.text.en).toMatch(/from 2010 to 2020/);
      expect(fig.text.zh).toMatch(/2010–2020/);
    }
  });
});

describe('data API', () => {
  it('looks cases up by id and by State', () => {
    expect(getCase('viasna')?.state).toBe('BY');
    expect(getCase('nope')).toBeUndefined();
    expect(casesForState('eg').map((c) => c.id)).toEqual(['ibrahim-metwally-hegazy']);
    expect(casesForState('FR')).toEqual([]);
  });

  it('falls back to English and says so', () => {
    const text = { en: 'Viasna', zh: '维亚斯纳', ru: 'Вясна' };
    expect(localized(text, 'zh')).toEqual({ text: '维亚斯纳', lang: 'zh' });
    expect(localized(text, 'ru')).toEqual({ text: 'Вясна', lang: 'ru' });
    expect(localized(text, 'ar')).toEqual({ text: 'Viasna', lang: 'en' });
  });
});
