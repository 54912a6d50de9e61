import { expect, it } from 'vitest';
import { getCase, getCases, stateByIso2, STATES } from './index';
import { isKnownCase, isKnownState } from './known-ids';

it('knows exactly the cases and States of the data pack', () => {
  for (const c of getCases()) expect(isKnownCase(c.id)).toBe(true);
  for (const s of STATES) expect(isKnownState(s.iso2)).toBe(true);
  for (const id of ['', 'x', 'viasna ', 'Viasna', 'constructor', '__proto__']) expect(isKnownCase(id)).toBe(getCase(id) !== undefined);
  for (const code of ['eg', 'Eg', 'XX', 'EU', '', 'EGY', 'toString']) expect(isKnownState(code)).toBe(stateByIso2(code) !== undefined);
});
