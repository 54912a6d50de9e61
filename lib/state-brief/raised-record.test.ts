import { describe, expect, it } from 'vitest';
import { getCases } from '@/lib/data';
import { PAGE_DATA } from '@/lib/data/page-data';
import { raisedRecord } from './raised-record';

const record = (iso2: string) => raisedRecord(iso2).map((e) => ({ id: e.case.id, sessions: e.mentions.map((m) => `${m.session} ${m.date}`) }));

describe('the raised-by record', () => {
  it('says that Germany raised Viasna at HRC51 (29 Sep 2022) and HRC54, and Hegazy at HRC51', () => {
    expect(record('DE')).toEqual([
      { id: 'viasna', sessions: ['HRC51 2022-09-29', 'HRC54 2023-09'] },
      { id: 'ibrahim-metwally-hegazy', sessions: ['HRC51 2022-09-29'] },
    ]);
  });

  it('counts a joint statement for every State it spoke for', () => {
    for (const iso2 of ['BE', 'NL', 'LU']) {
      expect(record(iso2).map((e) => e.id), iso2).toEqual(['jiang-tianyong', 'viasna', 'burundi-lawyers', 'ibrahim-metwally-hegazy', 'venezuela-organisations']);
    }
  });

  it('is empty for a State that never raised a case, and for the State responsible for one', () => {
    expect(raisedRecord('TD')).toEqual([]);
    expect(raisedRecord('EG')).toEqual([]);
    expect(raisedRecord('BY')).toEqual([]);
  });

  it('traces every entry to a mention of the data pack and to its sources', () => {
    const cases = getCases();
    const states = new Set(cases.flatMap((c) => c.stateMentions.flatMap((m) => m.states)));
    let entries = 0;
    for (const iso2 of states) {
      for (const { case: c, mentions } of raisedRecord(iso2)) {
        const full = cases.find((f) => f.id === c.id)!;
        for (const m of mentions) {
          entries++;
          const source = full.stateMentions.find((f) => f.session === m.session && f.date === m.date && f.states.join() === m.states.join());
          expect(source, `${iso2} ${c.id} ${m.session}`).toBeDefined();
          expect(source!.states).toContain(iso2);
          expect(m.sources).toEqual(source!.sources);
          expect(m.sources.length).toBeGreaterThan(0);
          for (const id of m.sources) {
            expect(c.sources[id], `${c.id}: source ${id}`).toBeDefined();
            expect(c.sources[id]!.url).toBe(full.sources.find((s) => s.id === id)!.url);
          }
        }
      }
    }
    // Every mention of every State is in that State's record: none is lost.
    const all = cases.reduce((n, c) => n + c.stateMentions.reduce((k, m) => k + m.states.filter((s) => s !== c.state).length, 0), 0);
    expect(entries).toBe(all);
  });

  it('reads the page data the build made (the same mentions, oldest first)', () => {
    for (const c of PAGE_DATA.cases) {
      const dates = c.stateMentions.map((m) => m.date);
      expect(dates).toEqual([...dates].sort());
    }
  });
});
