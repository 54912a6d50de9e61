import { expect, it } from 'vitest';
import { STATES } from '@/lib/data/states';
import { countryShapes, drawableM49 } from './world-map';

it('draws the five campaign States and most UN members, keyed by the M49 codes of our State data', () => {
  const drawable = drawableM49();
  const m49 = (iso2: string) => STATES.find((s) => s.iso2 === iso2)!.m49;
  for (const iso2 of ['CN', 'BY', 'BI', 'EG', 'VE', 'FR', 'BR']) expect(drawable.has(m49(iso2))).toBe(true);
  const drawn = STATES.filter((s) => drawable.has(s.m49)).length;
  expect(drawn).toBeGreaterThan(160);
  expect(drawable.has('010')).toBe(false);
  expect(countryShapes().every((shape) => /^M[\d.,\-LZM]+$/.test(shape.d))).toBe(true);
});
