import { describe, expect, it } from 'vitest';
import { getCampaign, getCases, stateByIso2 } from '@/lib/data/index';
import { DATA_LANGUAGES } from '@/lib/data/schema';
import { caseTexts } from '@/lib/letters/case-texts';
import { SOCIAL_NETWORKS } from '@/lib/settings';
import { checkPostLength } from './length';
import { postLink, postStateName, resolveCases, suggestedPost } from './post-text';

const CASE_IDS = ['jiang-tianyong', 'viasna', 'burundi-lawyers', 'ibrahim-metwally-hegazy', 'venezuela-organisations'];
const selections: Array<string[] | 'all'> = ['all', ...CASE_IDS.map((id) => [id]), ['viasna', 'ibrahim-metwally-hegazy']];

describe('suggestedPost', () => {
  for (const lang of DATA_LANGUAGES) {
    for (const ids of selections) {
      it(`${lang} ${ids === 'all' ? 'all' : ids.join('+')}: names every case or State, carries the hashtags and link, fits every network`, () => {
        const post = suggestedPost(ids, lang);
        expect(post).not.toMatch(/[{}]/);
        const cases = resolveCases(ids);
        for (const c of cases) {
          expect(post).toContain(postStateName(stateByIso2(c.state)!, lang));
          if (cases.length === 1 || lang === 'zh') expect(post).toContain(caseTexts(c, lang).title.text);
        }
        expect(post).toContain('#EndReprisals');
        if (lang === 'zh') expect(post).toContain('#停止报复');
        else expect(post).not.toContain('#停止报复');
        expect(post).toContain(postLink(ids));
        expect(post).toContain(lang === 'zh' ? '51' : getCampaign().targetSession);
        for (const network of SOCIAL_NETWORKS) {
          expect(checkPostLength(network, post).ok, `${network}: ${checkPostLength(network, post).length}`).toBe(true);
        }
      });
    }
  }

  it('uses the case name in the language where we have one', () => {
    expect(suggestedPost(['burundi-lawyers'], 'fr')).toContain('Quatre avocats des droits humains — Burundi');
    expect(suggestedPost(['burundi-lawyers'], 'zh')).toContain('4位人权律师(布隆迪)');
    expect(suggestedPost(['venezuela-organisations'], 'en')).toContain('Five civil society organisations — Venezuela\n');
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
