import { describe, expect, it } from 'vitest';
import { getCases, stateByIso2 } from '@/lib/data/index';
import { DATA_LANGUAGES } from '@/lib/data/schema';
import { caseTexts } from '@/lib/drafting/draft-case-texts';
import { SOCIAL_NETWORKS } from '@/lib/settings';
import { checkPostLength } from './length';
import { postStateName } from '@/lib/drafting/state-short-name';
import { nextDialogueWhen, postCaseName, postLink, resolveCases, suggestedPost } from './post-text';

const NOV_2026 = new Date('2026-11-30T10:00:00Z');
const CASE_IDS = ['jiang-tianyong', 'viasna', 'burundi-lawyers', 'ibrahim-metwally-hegazy', 'venezuela-organisations'];
const selections: Array<string[] | 'all'> = ['all', ...CASE_IDS.map((id) => [id]), ['viasna', 'ibrahim-metwally-hegazy']];

describe('suggestedPost', () => {
  for (const lang of DATA_LANGUAGES) {
    for (const ids of selections) {
      it(`${lang} ${ids === 'all' ? 'all' : ids.join('+')}: names every case or State, carries the hashtags and link, fits every network`, () => {
        // Arabic posts carry bidirectional marks around Latin-script names; compare without them.
        const post = suggestedPost(ids, lang, NOV_2026).replace(/[\u200F\u2068\u2069]/g, '');
        expect(post).not.toMatch(/[{}]/);
        const cases = resolveCases(ids);
        for (const c of cases) {
          expect(post).toContain(postStateName(stateByIso2(c.state)!, lang));
          if (cases.length === 1) expect(post).toContain(postCaseName(c, lang));
          else if (lang === 'zh') expect(post).toContain(caseTexts(c, lang).title.text);
        }
        expect(post).toContain('#EndReprisals');
        if (lang === 'zh') expect(post).toContain('#停止报复');
        else expect(post).not.toContain('#停止报复');
        expect(post).toContain(postLink(ids));
        // The next dialogue, never the campaign's past session.
        expect(post).toContain(nextDialogueWhen(lang, NOV_2026));
        expect(post).toMatch(/2027/);
        expect(post).not.toMatch(/HRC51|51/);
        for (const network of SOCIAL_NETWORKS) {
          expect(checkPostLength(network, post).ok, `${network}: ${checkPostLength(network, post).length}`).toBe(true);
        }
      });
    }
  }

  it('uses the case name in the language where we have one, and names a group of people', () => {
    expect(suggestedPost(['viasna'], 'fr', NOV_2026)).toContain(`${caseTexts(getCases()[1]!, 'fr').title.text} — Bélarus`);
    expect(suggestedPost(['burundi-lawyers'], 'en', NOV_2026)).toContain('Armel Niyongere, Dieudonné Bashirahishize, Vital Nshimirimana, Lambert Nigarura — Burundi');
    expect(suggestedPost(['burundi-lawyers'], 'zh', NOV_2026)).toContain('兰伯特·尼加鲁拉（布隆迪）');
    expect(suggestedPost(['venezuela-organisations'], 'en', NOV_2026)).toContain('Five civil society organisations — Venezuela\n');
  });

  it('Arabic: Latin-script names are isolated and every line of text reads right to left; hashtags and links stay as they are', () => {
    const post = suggestedPost(['burundi-lawyers'], 'ar', NOV_2026);
    const [names, ask, hashtags, link] = post.split('\n');
    expect(names).toBe('\u200F\u2068Armel Niyongere\u2069، \u2068Dieudonné Bashirahishize\u2069، \u2068Vital Nshimirimana\u2069، \u2068Lambert Nigarura\u2069 — بوروندي');
    expect(ask).toMatch(/^[\u0600-\u06FF]/);
    expect(hashtags).toBe('#EndReprisals');
    expect(link).toBe(postLink(['burundi-lawyers']));
    // A name the data spells in Arabic needs nothing.
    expect(suggestedPost(['ibrahim-metwally-hegazy'], 'ar', NOV_2026).split('\n')[0]).toBe('إبراهيم متولي حجازي — مصر');
  });

  it('speaks of one case in the singular and of several people’s cases in the plural', () => {
    expect(suggestedPost(['jiang-tianyong'], 'en', NOV_2026)).toContain('name this case');
    expect(suggestedPost(['venezuela-organisations'], 'en', NOV_2026)).toContain('name their cases');
    expect(suggestedPost(['burundi-lawyers'], 'fr', NOV_2026)).toContain('citez leurs cas');
  });

  it('gives the dialogue’s date where a source gives it', () => {
    expect(suggestedPost(['viasna'], 'en', new Date('2025-09-01T10:00:00Z'))).toContain('(24 September 2025)');
    expect(suggestedPost(['viasna'], 'zh', NOV_2026)).toContain('（2027年9月）');
  });

  it('links a single case to its story page and several cases to the campaign page', () => {
    expect(postLink(['jiang-tianyong'])).toBe('https://endreprisals.ishr.ch/en/entity/gbkrfb2gle4/page');
    expect(postLink(['burundi-lawyers'])).toBe('https://ishr.ch/campaign/help-us-endreprisals/');
    expect(postLink('all')).toBe('https://ishr.ch/campaign/help-us-endreprisals/');
  });

  it('treats an empty list as all five and rejects unknown ids', () => {
    expect(suggestedPost([], 'en')).toBe(suggestedPost('all', 'en'));
    expect(() => suggestedPost(['nobody'], 'en')).toThrow(/nobody/);
  });

  it('orders cases as the campaign does, whatever order they are asked in', () => {
    expect(resolveCases(['venezuela-organisations', 'jiang-tianyong']).map((c) => c.id)).toEqual([
      'jiang-tianyong',
      'venezuela-organisations',
    ]);
    expect(resolveCases('all').map((c) => c.id)).toEqual(getCases().map((c) => c.id));
  });

  it('drops the qualifier in parentheses from State names in posts', () => {
    const ve = stateByIso2('VE')!;
    expect(postStateName(ve, 'en')).toBe('Venezuela');
    expect(postStateName(ve, 'ru')).toBe('Венесуэла');
    expect(postStateName(ve, 'zh')).toBe('委内瑞拉玻利瓦尔共和国');
  });
});
