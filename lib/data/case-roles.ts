import type { Case, CaseMention } from './schema';

/**
 * How a State stands to a campaign case, from the case's sourced `stateMentions`:
 * - `responsible`: the State the case is about. A letter asks it to act on the case, never to
 *   raise it against itself; a card names it as the State responsible.
 * - `raised-before`: a third State that already raised the case at the UN: a letter thanks it,
 *   citing when, and asks it to raise it again; a card lists where and when.
 * - `third`: any other State.
 *
 * Letters, the State card, the "States on this page" panel and the marks on UN pages all read
 * roles through this module, so they never disagree.
 */
export type LetterRole = 'responsible' | 'raised-before' | 'third';
export type CaseRoleKind = LetterRole;

/** What the role logic needs of a case: the full data pack's `Case`, or the compact page data's. */
export interface RoleCase<M extends Pick<CaseMention, 'states' | 'date'> = Pick<CaseMention, 'states' | 'date'>> {
  state: string;
  stateMentions: readonly M[];
}

export interface CaseRole<C extends RoleCase = Case> {
  case: C;
  role: LetterRole;
  /** The State's own mentions of the case, oldest first (empty unless `raised-before`). */
  mentions: Array<C['stateMentions'][number]>;
}

export function mentionsBy<C extends RoleCase>(iso2: string, c: C): Array<C['stateMentions'][number]> {
  const code = iso2.toUpperCase();
  return c.stateMentions.filter((m) => m.states.includes(code)).sort((a, b) => a.date.localeCompare(b.date));
}

export function caseRole<C extends RoleCase>(iso2: string, c: C): CaseRole<C> {
  const code = iso2.toUpperCase();
  if (c.state === code) return { case: c, role: 'responsible', mentions: [] };
  const mentions = mentionsBy(code, c);
  return { case: c, role: mentions.length > 0 ? 'raised-before' : 'third', mentions };
}

/** The letter's overall kind, which picks its subject line. */
export function letterKind(roles: ReadonlyArray<{ role: LetterRole }>): LetterRole {
  if (roles.some((r) => r.role === 'responsible')) return 'responsible';
  if (roles.some((r) => r.role === 'raised-before')) return 'raised-before';
  return 'third';
}

/**
 * Every State that raised one of `cases`, with its mentions, the most recent mention first
 * among States (for suggesting whom to write to first).
 */
export function statesThatRaised<C extends RoleCase>(cases: readonly C[]): Map<string, Array<{ case: C; mention: C['stateMentions'][number] }>> {
  const byState = new Map<string, Array<{ case: C; mention: C['stateMentions'][number] }>>();
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

/**
 * How each State is linked to the campaign: responsible for a case, or raised one at the UN.
 * A State responsible for one case that raised another counts as responsible.
 */
export function campaignLinks(cases: readonly RoleCase[]): Map<string, 'responsible' | 'raised'> {
  const links = new Map<string, 'responsible' | 'raised'>();
  for (const c of cases) links.set(c.state, 'responsible');
  for (const iso2 of statesThatRaised(cases).keys()) if (!links.has(iso2)) links.set(iso2, 'raised');
  return links;
}
