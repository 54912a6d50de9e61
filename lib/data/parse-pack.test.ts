import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import campaignJson from './campaign.json';
import figuresJson from './figures.json';
import reportsJson from './reports.json';
import { DataPackError, parsePack } from './parse-pack';
import { Campaign, Figures, SgReport } from './schema';

const copy = <T>(value: T): T => structuredClone(value);

describe('parsePack', () => {
  it('returns the parsed data of a valid file', () => {
    expect(parsePack('campaign.json', Campaign, campaignJson).cases).toHaveLength(5);
  });

  it('names the file and the path of the failing field', () => {
    const broken = copy(campaignJson) as { cases: Array<{ demands: Array<Record<string, unknown>> }> };
    delete broken.cases[2]!.demands[0]!.zh;
    expect(() => parsePack('campaign.json', Campaign, broken)).toThrow(/^campaign\.json: cases\.2\.demands\.0\.zh: /m);
  });

  it('lists every failing field, one per line', () => {
    const broken = copy(reportsJson) as Array<{ statesNamed: Array<{ iso2: string }>; symbol: unknown }>;
    broken[3]!.statesNamed.push({ iso2: 'Egypt' } as never);
    broken[5]!.symbol = 'A/HRC/30';
    let error: unknown;
    try {
      parsePack('reports.json', z.array(SgReport), broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataPackError);
    const message = (error as Error).message;
    expect(message).toMatch(/^reports\.json: 3\.statesNamed\.0\.iso2: /m);
    expect(message).toMatch(/^reports\.json: 3\.statesNamed\.0\.nameInSource: /m);
    expect(message).toMatch(/^reports\.json: 5\.symbol: /m);
    expect((error as DataPackError).issues.length).toBeGreaterThanOrEqual(3);
  });

  it('rejects a pack whose figures lack a required figure', () => {
    const broken = copy(figuresJson) as { ishrDatabase: Record<string, unknown> };
    delete broken.ishrDatabase.states;
    expect(() => parsePack('figures.json', Figures, broken)).toThrow(/figures\.json: ishrDatabase\.states: /);
  });
});

describe('loading the pack', () => {
  afterEach(() => {
    vi.doUnmock('./campaign.json');
    vi.resetModules();
  });

  it('throws at import when campaign.json is malformed', async () => {
    const broken = copy(campaignJson) as { cases: Array<{ demands: Array<Record<string, unknown>> }> };
    broken.cases[2]!.demands[0]!.zh = '';
    vi.resetModules();
    vi.doMock('./campaign.json', () => ({ default: broken }));
    await expect(import('./index')).rejects.toThrow(/campaign\.json: cases\.2\.demands\.0\.zh: /);
  });
});
