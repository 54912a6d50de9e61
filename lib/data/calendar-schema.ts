import { z } from 'zod';
import { Iso2, IsoDate, Source } from './schema';

/**
 * The campaign's calendar: Human Rights Council sessions where a source dates them, and the
 * moments when States can raise reprisal cases (the interactive dialogue on the Secretary-
 * General's reprisals report in September, the Third Committee's dialogue in October), each
 * with its sources. `recurring` says in which month a kind of moment comes back each year, so
 * later years can be shown as expected, by month only.
 */
export const MOMENT_KINDS = ['reprisals-dialogue', 'third-committee'] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

export const SessionCode = z.string().regex(/^(HRC\d+|GA\d+-C3)$/, 'session as HRC<n> or GA<n>-C3');

const sourceIds = z.array(z.string()).min(1, 'every fact needs at least one source id');

export const CouncilSession = z.object({
  session: z.string().regex(/^HRC\d+$/),
  start: IsoDate,
  end: IsoDate,
  sources: sourceIds,
});
export type CouncilSession = z.infer<typeof CouncilSession>;

export const CalendarMoment = z.object({
  kind: z.enum(MOMENT_KINDS),
  session: SessionCode,
  date: IsoDate,
  /** Last day, for a dialogue the source reports over two days. */
  endDate: IsoDate.optional(),
  sources: sourceIds,
});
export type CalendarMoment = z.infer<typeof CalendarMoment>;

function checkSourceIds(
  data: { sources: Array<{ id: string }> },
  items: Array<{ sources: string[] }>,
  ctx: z.RefinementCtx,
  field: string,
): void {
  const known = new Set(data.sources.map((s) => s.id));
  items.forEach((item, i) => {
    for (const id of item.sources) {
      if (!known.has(id)) ctx.addIssue({ code: 'custom', path: [field, i, 'sources'], message: `unknown source id "${id}"` });
    }
  });
}

export const CampaignCalendar = z
  .object({
    /** When the calendar was last checked against its sources. */
    checked: IsoDate,
    note: z.string().min(1),
    sessions: z.array(CouncilSession),
    moments: z.array(CalendarMoment).min(1),
    recurring: z.array(z.object({ kind: z.enum(MOMENT_KINDS), month: z.number().int().min(1).max(12) })),
    sources: z.array(Source).min(1),
  })
  .superRefine((data, ctx) => {
    checkSourceIds(data, data.sessions, ctx, 'sessions');
    checkSourceIds(data, data.moments, ctx, 'moments');
  });
export type CampaignCalendar = z.infer<typeof CampaignCalendar>;

export const REGIONAL_GROUPS = ['african', 'asia-pacific', 'eastern-european', 'latin-american-caribbean', 'western-european-other'] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

export const CouncilElection = z.object({
  date: IsoDate,
  termStart: IsoDate,
  termEnd: IsoDate,
  elected: z.array(z.object({ iso2: Iso2, group: z.enum(REGIONAL_GROUPS) })).min(1),
  sources: sourceIds,
});
export type CouncilElection = z.infer<typeof CouncilElection>;

/** Human Rights Council membership by General Assembly election, with sources. */
export const CouncilMembership = z
  .object({
    checked: IsoDate,
    note: z.string().min(1),
    elections: z.array(CouncilElection).min(1),
    sources: z.array(Source).min(1),
  })
  .superRefine((data, ctx) => checkSourceIds(data, data.elections, ctx, 'elections'));
export type CouncilMembership = z.infer<typeof CouncilMembership>;
