// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStates, csvPath, OUTPUT, renderStates } from '@/scripts/generate-states';
import { DATA_LANGUAGES } from './schema';
import { STATES, stateByIso2, stateName } from './states';

const ARTICLE_LEFT = /\((?:the|le|la|les|l['’]|el|los|las)\)\s*$/;

describe('STATES', () => {
  it('holds the 193 Member States and the two observer States, sorted by ISO code', () => {
    expect(STATES).toHaveLength(195);
    expect(new Set(STATES.map((s) => s.iso2)).size).toBe(195);
    expect(STATES.filter((s) => s.observer).map((s) => s.iso2)).toEqual(['PS', 'VA']);
    const codes = STATES.map((s) => s.iso2);
    expect(codes).toEqual([...codes].sort());
  });

  it('has all twelve names for every State, without the observer asterisk', () => {
    for (const s of STATES) {
      for (const lang of DATA_LANGUAGES) {
        for (const form of ['short', 'formal'] as const) {
          expect(s[form][lang].trim(), `${s.iso2} ${form} ${lang}`).not.toBe('');
          expect(s[form][lang], `${s.iso2} ${form} ${lang}`).not.toMatch(/\*/);
        }
      }
    }
  });

  it('leaves out Cook Islands and Niue and includes the fixed Côte d’Ivoire and Türkiye', () => {
    expect(stateByIso2('CK')).toBeUndefined();
    expect(stateByIso2('NU')).toBeUndefined();
    expect(stateByIso2('CI')?.short.fr).toBe("Côte d'Ivoire (la)");
    expect(stateByIso2('TR')?.formal.en).toBe('the Republic of Türkiye');
    expect(stateByIso2('tr')?.iso2).toBe('TR');
  });

  it('has the Netherlands under its current UN short name, and the formal names unchanged', () => {
    const nl = stateByIso2('NL')!;
    expect(nl.short).toEqual({
      en: 'Netherlands (Kingdom of the)',
      fr: 'Pays-Bas (Royaume des)',
      es: 'Países Bajos (Reino de los)',
      ru: 'Нидерланды (Королевство)',
      zh: '荷兰王国',
      ar: 'هولندا (مملكة _)',
    });
    expect(nl.formal.en).toBe('the Kingdom of the Netherlands');
    expect(nl.formal.fr).toBe('le Royaume des Pays-Bas');
  });

  it('refuses to update the Netherlands when the CSV’s UNTERM names have changed under the update', () => {
    const csv = readFileSync(csvPath(), 'utf8').replace(',Netherlands (the),', ',Netherlands,');
    expect(() => buildStates(csv)).toThrow(/NL: the CSV's UNTERM short names changed/);
  });

  it('is exactly what scripts/generate-states.ts produces from the CSV', () => {
    const generated = renderStates(buildStates(readFileSync(csvPath(), 'utf8')));
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generated);
  });

  it('refuses a CSV that would not give the 195 States', () => {
    const [header, ...rows] = readFileSync(csvPath(), 'utf8').split('\n');
    const withoutFrance = [header, ...rows.filter((row) => !row.startsWith('FRA,'))].join('\n');
    expect(() => buildStates(withoutFrance)).toThrow(/expected 195 States, got 194/);
    const withoutTurkiye = [header, ...rows.filter((row) => !row.startsWith('TUR,'))].join('\n');
    expect(() => buildStates(withoutTurkiye)).toThrow(/TR is missing/);
  });
});

describe('stateName', () => {
  const bs = stateByIso2('BS')!;
  const af = stateByIso2('AF')!;

  it('drops the parenthesised article of UNTERM short names in every language', () => {
    expect(bs.short.en).toBe('Bahamas (the)');
    expect(stateName(bs, 'en')).toBe('Bahamas');
    expect(stateName(af, 'fr')).toBe('Afghanistan');
    expect(stateName(af, 'es')).toBe('Afganistán');
    expect(stateName(stateByIso2('PS')!, 'en')).toBe('State of Palestine');
    expect(stateName(stateByIso2('VA')!, 'fr')).toBe('Saint-Siège');
    for (const s of STATES) {
      for (const lang of DATA_LANGUAGES) expect(stateName(s, lang), `${s.iso2} ${lang}`).not.toMatch(ARTICLE_LEFT);
    }
  });

  it('keeps parentheses that are part of the name', () => {
    const ve = stateByIso2('VE')!;
    expect(stateName(ve, 'en')).toBe('Venezuela (Bolivarian Republic of)');
    expect(stateName(ve, 'es')).toBe('Venezuela (República Bolivariana de)');
    expect(stateName(stateByIso2('IR')!, 'en')).toBe('Iran (Islamic Republic of)');
    expect(stateName(stateByIso2('IR')!, 'fr')).toBe("Iran (République islamique d')");
    expect(stateName(stateByIso2('BO')!, 'ru')).toBe('Боливия (Многонациональное Государство)');
  });

  it('returns formal names unchanged', () => {
    expect(stateName(bs, 'en', 'formal')).toBe('the Commonwealth of the Bahamas');
    expect(stateName(stateByIso2('CN')!, 'zh', 'formal')).toBe('中华人民共和国');
  });
});

describe('states.generated.json', () => {
  it('passes the State schema (the runtime reads it unchecked)', async () => {
    const { z } = await import('zod');
    const { State } = await import('./schema');
    const { parsePack } = await import('./parse-pack');
    const raw = JSON.parse(readFileSync(OUTPUT, 'utf8'));
    expect(() => parsePack('states.generated.json', z.array(State), raw)).not.toThrow();
  });
});
