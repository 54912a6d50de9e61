import type { DataLanguage } from '@/lib/data/schema';
import type { StateNameRow } from '@/lib/data/state-names';
import { arabicNameForms, type ArabicStart } from './arabic-clitics';
import { russianCaseForms } from './russian-cases';
import { runSteps, type Steps } from './steps';
import { formalNameForms, untermNamesSteps, type StateName } from './unterm-names';
import { VARIANTS } from './variants';

export type { StateName };

/**
 * UNTERM names (short and formal, with and without articles), former UN names and the common
 * variants, from the rows of the compact name table (lib/data/state-names.ts).
 */
export function stateNames(rows: readonly StateNameRow[]): StateName[] {
  return runSteps(stateNamesSteps(rows));
}

/** stateNames, pausing now and then (see steps.ts). */
export function* stateNamesSteps(rows: readonly StateNameRow[]): Steps<StateName[]> {
  const known = new Set(rows.map((r) => r.iso2));
  const out = yield* untermNamesSteps(rows);
  for (const v of VARIANTS) {
    if (!known.has(v.iso2)) continue;
    for (const [lang, names] of Object.entries(v.names) as Array<[DataLanguage, readonly string[]]>) {
      for (const name of names) for (const form of formalNameForms(name, lang)) out.push({ name: form, iso2: v.iso2, lang });
    }
  }
  yield;
  const seen = new Set<string>();
  return out.filter((n) => {
    const k = `${n.lang}\u0000${n.iso2}\u0000${n.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface SurfaceForm {
  form: string;
  /** For Arabic names: which clitics the form accepts. */
  arabicStart?: ArabicStart;
}

const DASH = /\s*[-‐‑‒–—]\s*/g;

/**
 * Dashes are written tight ("Guinea-Bissau"), spaced ("غينيا - بيساو", "Папуа — Новая Гвинея")
 * or left out ("Guinea Bissau"); each name is searched in all three ways.
 */
function dashForms(name: string): string[] {
  if (!/[-‐‑‒–—]/.test(name)) return [name];
  return [...new Set([name, name.replace(DASH, '-'), name.replace(DASH, ' - '), name.replace(DASH, ' ')])];
}

/** The strings a name is searched as: Russian case forms, Arabic clitic forms, dash variants. */
export function surfaceForms(name: string, lang: DataLanguage): SurfaceForm[] {
  const base = lang === 'ru' ? russianCaseForms(name) : [name];
  const out: SurfaceForm[] = [];
  for (const b of base) {
    for (const d of dashForms(b)) {
      if (lang === 'ar') for (const a of arabicNameForms(d)) out.push({ form: a.form, arabicStart: a.start });
      else out.push({ form: d });
    }
  }
  return out;
}
