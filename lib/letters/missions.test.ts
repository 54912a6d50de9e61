import { describe, expect, it } from 'vitest';
import { STATES } from '@/lib/data/states';
import { BLUE_BOOK_URL, isValidEmail, searchMissions } from './missions';

const codes = (q: string) => searchMissions(q).map((s) => s.iso2);

describe('searchMissions', () => {
  it.each([
    ['egypt', 'EG'],
    ['Egypte', 'EG'],
    ['égypte', 'EG'],
    ['EGIPTO', 'EG'],
    ['埃及', 'EG'],
    ['مصر', 'EG'],
    ['Египет', 'EG'],
    ['Türkiye', 'TR'],
    ['turkiye', 'TR'],
    ['Turquie', 'TR'],
    ['Turkey', 'TR'],
    ['Турция', 'TR'],
    ["Cote d'Ivoire", 'CI'],
    ['Holy See', 'VA'],
    ['Palestine', 'PS'],
  ])('finds %j first as %s', (query, iso2) => {
    expect(codes(query)[0]).toBe(iso2);
  });

  it('ranks an exact name above names that start with the query, above substrings', () => {
    // "Niger" is a State; "Nigeria" starts with it; no State contains it only in the middle.
    expect(codes('Niger').slice(0, 2)).toEqual(['NE', 'NG']);
    // "Guinea": exact, then Guinea-Bissau / Equatorial Guinea / Papua New Guinea.
    const guinea = codes('guinea');
    expect(guinea[0]).toBe('GN');
    expect(guinea).toEqual(expect.arrayContaining(['GW', 'GQ', 'PG']));
    expect(guinea.indexOf('GW')).toBeLessThan(guinea.indexOf('PG'));
  });

  it.each([
    ['Swaziland', 'SZ'],
    ['Swazilandia', 'SZ'],
    ['Свазиленд', 'SZ'],
    ['Czech Republic', 'CZ'],
    ['République tchèque', 'CZ'],
    ['Cape Verde', 'CV'],
    ['Cap-Vert', 'CV'],
    ['le Cap-Vert', 'CV'],
    ['Libyan Arab Jamahiriya', 'LY'],
    ['the former Yugoslav Republic of Macedonia', 'MK'],
    ['Republic of Turkey', 'TR'],
    ['the Netherlands', 'NL'],
  ])('finds %j, a former UN name from the sourced list, first as %s', (query, iso2) => {
    expect(codes(query)[0]).toBe(iso2);
  });

  it('finds a State by part of a former name that its current names lack', () => {
    expect(codes('Jamahiriya')).toEqual(['LY']);
    expect(codes('yougoslave')).toEqual(['MK']);
  });

  it('matches inside formal names too', () => {
    expect(codes('Bolivarian')).toEqual(['VE']);
    expect(codes('Боливарианская')).toEqual(['VE']);
  });

  it('returns every State for an empty query and none for nonsense', () => {
    expect(searchMissions('  ')).toHaveLength(195);
    expect(searchMissions('xyzzy')).toEqual([]);
  });

  it('searches the list it is given and keeps its order on ties', () => {
    const reversed = [...STATES].reverse();
    const guineas = searchMissions('guinea', reversed).map((s) => s.iso2);
    const inOrder = searchMissions('guinea').map((s) => s.iso2);
    expect(new Set(guineas)).toEqual(new Set(inOrder));
    expect(guineas).not.toEqual(inOrder);
    expect(searchMissions('Swaziland', reversed).map((s) => s.iso2)).toEqual(['SZ']);
    expect(searchMissions('egypt', STATES.filter((s) => s.iso2 !== 'EG'))).toEqual([]);
    // A former name finds its State only among the States searched (a region filter holds).
    expect(searchMissions('Swaziland', STATES.filter((s) => s.iso2 !== 'SZ'))).toEqual([]);
  });

  it('covers all 195 States', () => {
    expect(STATES).toHaveLength(195);
  });
});

describe('isValidEmail', () => {
  it.each(['mission.egypt@example.org', 'info@mission-ch.example.ch', ' geneve@example.fr '])('accepts %j', (v) => {
    expect(isValidEmail(v)).toBe(true);
  });
  it.each(['', 'mission', 'a@b', 'a b@example.org', 'a@example.org, b@example.org', 'https://example.org'])('rejects %j', (v) => {
    expect(isValidEmail(v)).toBe(false);
  });
});

it('links to UN Geneva’s Blue Book', () => {
  expect(BLUE_BOOK_URL).toBe('https://www.unog.ch/bluebook');
});
