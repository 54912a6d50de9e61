import raw from './regions.generated.json';
import { parsePack } from './parse-pack';
import { RegionsFile, type M49Region } from './regions-schema';

export { M49_REGIONS, type M49Region } from './regions-schema';

const REGIONS = parsePack('regions.generated.json', RegionsFile, raw).regions;

/** The M49 region of a State (UN Statistics Division), for filtering lists of States. */
export function regionOf(iso2: string): M49Region | undefined {
  return REGIONS[iso2.toUpperCase()];
}
