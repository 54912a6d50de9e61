import { describe, expect, it } from 'vitest';
import { pathForSelection } from '@/lib/selection-path';
import { testFind } from '@/tests/support/marking-test-names';

const cases = (iso2: string) =>
  ({ EG: [{ id: 'ibrahim-metwally-hegazy' }], XX: [{ id: 'a' }, { id: 'b' }] })[iso2] ?? [];

describe('pathForSelection', () => {
  it('opens the case when the selection names a State with one campaign case', () => {
    expect(pathForSelection('  Egypt ', testFind(), cases)).toBe('popup.html#/case/ibrahim-metwally-hegazy');
    expect(pathForSelection('reprisals in مصر', testFind(), cases)).toBe('popup.html#/case/ibrahim-metwally-hegazy');
  });

  it('opens the letter to the mission for a State without a campaign case', () => {
    expect(pathForSelection('Chad', testFind(), cases)).toBe('popup.html#/letter?state=TD');
  });

  it('searches the missions list otherwise', () => {
    expect(pathForSelection('Some text', testFind(), cases)).toBe('popup.html#/missions?q=Some%20text');
    expect(pathForSelection('Egypt and China', testFind(), cases)).toBe('popup.html#/missions?q=Egypt%20and%20China');
  });
});
