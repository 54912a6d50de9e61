// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStateNames, formerNames, NAMES_OUTPUT, readFormerNamesFile, renderStateNames } from '@/scripts/generate-states';
import { DATA_LANGUAGES } from './schema';
import { decodeStateNames, encodeStateNames, type StateNamesTable } from './state-names';
import table from './state-names.generated.json';
import { untermStateName } from './state-name-lookup';
import { STATES, stateByIso2, stateName } from './states';

const former = readFormerNamesFile() as {
  sources: Record<string, { url: string }>;
  states: Array<{ iso2: string; names: Array<{ lang: string; kind: string; name: string; source: string }> }>;
};

describe('state-names.generated.json', () => {
  it('is exactly what scripts/generate-states.ts produces', () => {
    expect(readFileSync(NAMES_OUTPUT, 'utf8')).toBe(renderStateNames(buildStateNames(STATES, readFormerNamesFile())));
  });

  it('holds every current name of the 195 States, and the former names, in that order', () => {
    const rows = decodeStateNames(table as StateNamesTable);
    const current = rows.filter((r) => !r.former);
    expect(current).toHaveLength(195 * DATA_LANGUAGES.length * 2);
    for (const s of STATES) {
      for (const lang of DATA_LANGUAGES) {
        expect(current.find((r) => r.iso2 === s.iso2 && r.lang === lang && r.kind === 'short')?.name).toBe(s.short[lang]);
        expect(current.find((r) => r.iso2 === s.iso2 && r.lang === lang && r.kind === 'formal')?.name).toBe(s.formal[lang]);
      }
    }
    expect(rows.findIndex((r) => r.former)).toBe(current.length);
    expect(rows.filter((r) => r.former).map((r) => `${r.iso2} ${r.lang} ${r.name}`)).toContain('MK en the former Yugoslav Republic of Macedonia');
  });

  it('refuses names that would break its format', () => {
    const eg = stateByIso2('EG')!;
    expect(() => encodeStateNames([{ ...eg, short: { ...eg.short, en: 'Egypt\tX' } }], [], '')).toThrow(/EG en short name contains a tab/);
  });
});

describe('untermStateName (names without the data pack)', () => {
  it('gives every State the names stateName gives, and nothing for unknown codes', () => {
    for (const s of STATES) {
      for (const lang of DATA_LANGUAGES) {
        for (const form of ['short', 'formal'] as const) expect(untermStateName(s.iso2, lang, form), `${s.iso2} ${lang} ${form}`).toBe(stateName(s, lang, form));
      }
    }
    expect(untermStateName('bs', 'en')).toBe('Bahamas');
    expect(untermStateName('NL', 'en')).toBe('Netherlands (Kingdom of the)');
    expect(untermStateName('XX', 'en')).toBeUndefined();
    expect(untermStateName('YU', 'en')).toBeUndefined();
  });
});

describe('former UN names', () => {
  it('each names a current State, cites a source of the file reached over https, and is not a current name', () => {
    const ids = new Set(Object.keys(former.sources));
    for (const s of Object.values(former.sources)) expect(s.url).toMatch(/^https:\/\//);
    for (const entry of former.states) {
      const state = stateByIso2(entry.iso2);
      expect(state, entry.iso2).toBeDefined();
      for (const n of entry.names) {
        expect(ids.has(n.source), `${entry.iso2} ${n.name}`).toBe(true);
        const lang = n.lang as (typeof DATA_LANGUAGES)[number];
        expect([state!.short[lang], state!.formal[lang]], `${entry.iso2} ${n.name}`).not.toContain(n.name.replace(/\s*\[(?:fém|masc)\.\]$/, ''));
      }
    }
  });

  it('are listed for the renamings of 2010-2023 in the six languages where the name changed', () => {
    const names = (iso2: string) => former.states.find((s) => s.iso2 === iso2)!.names;
    for (const iso2 of ['MK', 'NL']) expect(new Set(names(iso2).map((n) => n.lang)).size, iso2).toBe(6);
    expect(new Set(names('SZ').map((n) => n.lang))).toEqual(new Set(['en', 'fr', 'es', 'ru', 'ar'])); // 斯威士兰 is unchanged
    expect(new Set(names('TR').map((n) => n.lang))).toEqual(new Set(['en', 'fr', 'es'])); // Турция, 土耳其, تركيا are unchanged
    expect(names('CZ').map((n) => n.name)).toContain('Czech Republic (the)');
    expect(names('CV').map((n) => n.name)).toEqual(expect.arrayContaining(['Cape Verde', 'le Cap-Vert']));
  });

  it('are refused when they are current names, unknown States or cite no known source', () => {
    const file = readFormerNamesFile() as typeof former;
    const withName = (iso2: string, name: object) => ({ ...file, states: [{ iso2, change: 'test', names: [name] }] });
    expect(() => formerNames(STATES, withName('TR', { lang: 'en', kind: 'short', name: 'Türkiye', source: 'unterm-2017' }))).toThrow(/TR en "Türkiye" is a current name/);
    expect(() => formerNames(STATES, withName('YU', { lang: 'en', kind: 'short', name: 'Yugoslavia', source: 'unterm-2017' }))).toThrow(/YU is not one of the States/);
    expect(() => formerNames(STATES, withName('TR', { lang: 'en', kind: 'short', name: 'Turkey', source: 'nowhere' }))).toThrow(/unknown source "nowhere"/);
    const http = { ...file, sources: { ...file.sources, plain: { url: 'http://example.org/', title: 't', what: 'w' } } };
    expect(() => formerNames(STATES, http)).toThrow(/sources/);
  });

  it('drop UNTERM’s French gender marks', () => {
    const mk = formerNames(STATES, readFormerNamesFile()).filter((n) => n.iso2 === 'MK' && n.lang === 'fr');
    expect(mk.map((n) => n.name)).toEqual(["ex-République yougoslave de Macédoine (l')", "l'ex-République yougoslave de Macédoine"]);
  });
});
