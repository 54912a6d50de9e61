import type { Case, CaseMention } from '@/lib/data/schema';

/**
 * Whom a letter speaks to, per case:
 * - `responsible`: the State the case is about. It is asked to act on the case (end the
 *   reprisals, release those still detained, investigate, cooperate with the UN), never to raise
 *   it against itself.
 * - `raised-before`: a third State that already raised the case at the UN (from the case's
 *   sourced `stateMentions`): thanked, citing when, and asked to raise it again.
 * - `third`: any other State: asked to raise the case by name at the next dialogue.
 */
export type LetterRole = 'responsible' | 'raised-before' | 'third';

export interface CaseRole {
  case: Case;
  role: LetterRole;
  /** The State's own mentions of the case, oldest first (empty unless `raised-before`). */
  mentions: CaseMention[];
}

export function mentionsBy(iso2: string, c: Case): CaseMention[] {
  const code = iso2.toUpperCase();
  return c.stateMentions.filter((m) => m.states.includes(code)).sort((a, b) => a.date.localeCompare(b.date));
}

export function caseRole(iso2: string, c: Case): CaseRole {
  const code = iso2.toUpperCase();
  if (c.state === code) return { case: c, role: 'responsible', mentions: [] };
  const mentions = mentionsBy(code, c);
  return { case: c, role: mentions.length > 0 ? 'raised-before' : 'third', mentions };
}

/** The letter's overall kind, which picks its subject line. */
export function letterKind(roles: readonly CaseRole[]): LetterRole {
  if (roles.some((r) => r.role === 'responsible')) return 'responsible';
  if (roles.some((r) => r.role === 'raised-before')) return 'raised-before';
  return 'third';
}

/**
 * Every State that raised one of `cases`, with its mentions, the most recent mention first
 * among States (for suggesting whom to write to first).
 */
export function statesThatRaised(cases: readonly Case[]): Map<string, Array<{ case: Case; mention: CaseMention }>> {
  const byState = new Map<string, Array<{ case: Case; mention: CaseMention }>>();
  for (const c of cases) {
    for (const mention of c.stateMentions) {
      for (const iso2 of mention.states) {
        if (iso2 === c.state) continue;
        const list = byState.get(iso2) ?? [];
        list.push({ case: c, mention });
        byState.set(iso2, list);
      }
    }
  }
  for (const list of byState.values()) list.sort((a, b) => b.mention.date.localeCompare(a.mention.date));
  return new Map([...byState].sort((a, b) => b[1][0]!.mention.date.localeCompare(a[1][0]!.mention.date)));
}
