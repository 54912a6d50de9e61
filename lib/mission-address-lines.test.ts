import { expect, it } from 'vitest';
import { STATES } from '@/lib/data/states';
import { parseMissionAddressLines } from './mission-address-lines';

it('reads a code or a name in any UN language, then the address, whatever the separator', () => {
  const text = [
    'FR mission.france@example.org',
    'eg, egypt@example.org',
    'Brazil;\tbrasil@example.org',
    'République arabe syrienne  <syria@example.org>',
    '中国 china@example.org',
    '"Côte d’Ivoire","civ@example.org"',
    '',
    'Narnia narnia@example.org',
    'DE not-an-address',
    'just text',
    'Germany a@b.c',
  ].join('\n');
  const { addresses, notUnderstood } = parseMissionAddressLines(text, STATES);
  expect(addresses).toEqual({
    FR: 'mission.france@example.org',
    EG: 'egypt@example.org',
    BR: 'brasil@example.org',
    SY: 'syria@example.org',
    CN: 'china@example.org',
    CI: 'civ@example.org',
  });
  expect(notUnderstood).toEqual([8, 9, 10, 11]);
});

it('reads a line for every State', () => {
  const text = STATES.map((s) => `${s.iso2}\tpm.${s.iso2.toLowerCase()}@example.org`).join('\r\n');
  const { addresses, notUnderstood } = parseMissionAddressLines(text, STATES);
  expect(Object.keys(addresses)).toHaveLength(195);
  expect(notUnderstood).toEqual([]);
});
