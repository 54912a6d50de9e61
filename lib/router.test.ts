import { describe, expect, it } from 'vitest';
import { formatRoute, parentRoute, parseRoute, SELECTION_MAX, type Route } from './router';

describe('parseRoute', () => {
  it('reads the routes of the brief', () => {
    expect(parseRoute('')).toEqual({ name: 'list' });
    expect(parseRoute('#/')).toEqual({ name: 'list' });
    expect(parseRoute('#/case/viasna')).toEqual({ name: 'case', caseId: 'viasna' });
    expect(parseRoute('#/post/all')).toEqual({ name: 'post', target: 'all' });
    expect(parseRoute('#/post/jiang-tianyong')).toEqual({ name: 'post', target: 'jiang-tianyong' });
    expect(parseRoute('#/missions')).toEqual({ name: 'missions', query: '' });
    expect(parseRoute('#/missions?q=%D0%95%D0%B3%D0%B8%D0%BF%D0%B5%D1%82')).toEqual({ name: 'missions', query: 'Египет' });
    expect(parseRoute('#/letter?state=EG&cases=viasna,burundi-lawyers')).toEqual({
      name: 'letter',
      state: 'EG',
      cases: ['viasna', 'burundi-lawyers'],
    });
  });

  it('accepts a lower-case State code and a missing query', () => {
    expect(parseRoute('#/letter?state=eg')).toEqual({ name: 'letter', state: 'EG', cases: null });
    expect(parseRoute('#/letter')).toEqual({ name: 'letter', state: null, cases: null });
  });

  it('drops what is not a State code or a case id', () => {
    expect(parseRoute('#/letter?state=Egypt&cases=<b>,viasna')).toEqual({ name: 'letter', state: null, cases: ['viasna'] });
    expect(parseRoute('#/letter?cases=')).toEqual({ name: 'letter', state: null, cases: null });
  });

  it('falls back to the list for unknown or malformed routes', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'list' });
    expect(parseRoute('#/case/')).toEqual({ name: 'list' });
    expect(parseRoute('#/case/Bad Id')).toEqual({ name: 'list' });
    expect(parseRoute('#/case/viasna/extra')).toEqual({ name: 'list' });
    expect(parseRoute('#/case/%E0%A4%A')).toEqual({ name: 'list' });
  });
});

describe('formatRoute', () => {
  const routes: Route[] = [
    { name: 'list' },
    { name: 'case', caseId: 'ibrahim-metwally-hegazy' },
    { name: 'post', target: 'all' },
    { name: 'missions', query: '' },
    { name: 'missions', query: 'Côte d’Ivoire & co' },
    { name: 'letter', state: 'EG', cases: ['viasna', 'jiang-tianyong'] },
    { name: 'letter', state: null, cases: null },
    { name: 'letter', state: 'FR', cases: null },
    { name: 'selection', text: 'reprisals in مصر? 50% & more #1' },
    { name: 'selection', text: '' },
  ];
  it.each(routes)('round-trips %j', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('writes the letter route the way content scripts link to it', () => {
    expect(formatRoute({ name: 'letter', state: 'EG', cases: ['viasna'] })).toBe('#/letter?state=EG&cases=viasna');
  });
});

describe('the selection route', () => {
  it('carries the selected text, cut at SELECTION_MAX', () => {
    expect(parseRoute('#/selection?text=Egypt%20and%20China')).toEqual({ name: 'selection', text: 'Egypt and China' });
    expect(parseRoute(formatRoute({ name: 'selection', text: 'x'.repeat(SELECTION_MAX + 5) }))).toEqual({ name: 'selection', text: 'x'.repeat(SELECTION_MAX) });
    expect(parentRoute({ name: 'selection', text: 'Egypt' })).toEqual({ name: 'list' });
  });
});

describe('parentRoute', () => {
  it('leads from a case post back to the case and from the case back to the list', () => {
    expect(parentRoute({ name: 'post', target: 'viasna' })).toEqual({ name: 'case', caseId: 'viasna' });
    expect(parentRoute({ name: 'case', caseId: 'viasna' })).toEqual({ name: 'list' });
    expect(parentRoute({ name: 'post', target: 'all' })).toEqual({ name: 'list' });
    expect(parentRoute({ name: 'list' })).toBeNull();
  });
});
