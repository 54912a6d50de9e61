import { z } from 'zod';

/** The UN Statistics Division's M49 regions, used to filter the list of missions. */
export const M49_REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type M49Region = (typeof M49_REGIONS)[number];

export const RegionsFile = z.object({
  source: z.string().min(1),
  regions: z.record(z.string().regex(/^[A-Z]{2}$/), z.enum(M49_REGIONS)),
});
