import { custodyOf } from './case-status';
import type { Case, CaseEvent, PersonSituation } from './schema';
import { mentionFitsSession } from './sessions';

/** A partial date compared as text: "2025-12" sorts before "2025-12-13" and after "2025-11-30". */
const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);

interface Change {
  date: string;
  situation: PersonSituation;
}

function changesOf(c: Case, person: string): Change[] {
  const events: CaseEvent[] = [...c.whatHappened, ...c.updates];
  return events
    .flatMap((e) => (e.changes ?? []).filter((ch) => ch.person === person).map((ch) => ({ date: e.date, situation: ch.situation })))
    .sort(byDate);
}

/**
 * Everything in a case's status block that its events, sources or subjects contradict, as
 * readable lines (empty when consistent):
 * - a person whose latest event released them is not listed as held, and the reverse;
 * - every person named in the case has a status, dated no earlier than their latest event;
 * - every source id of the status, the State mentions, corrections and name spellings exists;
 * - `weakSourcesOnly` is true exactly when all of a statement's sources are weak;
 * - a State mention's date falls within its session.
 */
export function statusProblems(c: Case): string[] {
  const problems: string[] = [];
  const sourceById = new Map(c.sources.map((s) => [s.id, s]));
  const checkIds = (where: string, ids: readonly string[]) => {
    for (const id of ids) if (!sourceById.has(id)) problems.push(`${where}: unknown source id "${id}"`);
  };
  const checkWeak = (where: string, ids: readonly string[], weakSourcesOnly: boolean) => {
    const allWeak = ids.length > 0 && ids.every((id) => sourceById.get(id)?.strength === 'weak');
    if (allWeak !== weakSourcesOnly) problems.push(`${where}: weakSourcesOnly is ${weakSourcesOnly} but its sources are ${allWeak ? 'all weak' : 'not all weak'}`);
  };

  const { status } = c;
  const personSubjects = c.subjects.filter((s) => s.kind === 'person').map((s) => s.name.en);
  const listed = status.people.map((p) => p.name.en);
  for (const name of personSubjects) if (!listed.includes(name)) problems.push(`status: no entry for ${name}`);
  for (const name of listed) if (!personSubjects.includes(name)) problems.push(`status: ${name} is not a person named in the case`);
  if (new Set(listed).size !== listed.length) problems.push('status: a person is listed twice');

  checkIds('status', status.sources);
  if (status.asOf > c.asOf) problems.push(`status.asOf ${status.asOf} is later than the case's asOf ${c.asOf}`);

  for (const p of status.people) {
    const where = `status: ${p.name.en}`;
    checkIds(where, p.sources);
    checkWeak(where, p.sources, p.weakSourcesOnly);
    if (p.lastConfirmed && p.lastConfirmed < p.since) problems.push(`${where}: lastConfirmed ${p.lastConfirmed} is before since ${p.since}`);
    if (!status.asOf.startsWith(p.lastConfirmed ?? p.since) && status.asOf < (p.lastConfirmed ?? p.since)) {
      problems.push(`${where}: dated after the status (${p.lastConfirmed ?? p.since} > ${status.asOf})`);
    }
    const latest = changesOf(c, p.name.en).at(-1);
    if (!latest) continue;
    const listedAs = custodyOf(p.situation);
    const eventSays = custodyOf(latest.situation);
    if (listedAs !== 'unknown' && eventSays !== 'unknown' && listedAs !== eventSays) {
      problems.push(`${where}: listed as ${p.situation} (${listedAs}) but the event of ${latest.date} says ${latest.situation} (${eventSays})`);
    }
    if (p.since !== latest.date) problems.push(`${where}: since ${p.since} differs from the date of the latest event about them, ${latest.date}`);
  }

  for (const [i, m] of c.stateMentions.entries()) {
    const where = `stateMentions.${i} (${m.session} ${m.states.join(',')})`;
    checkIds(where, m.sources);
    checkWeak(where, m.sources, m.weakSourcesOnly);
    if (!mentionFitsSession(m)) problems.push(`${where}: date ${m.date} is outside the session`);
    if (m.speaker && !m.states.includes(m.speaker)) problems.push(`${where}: the speaker ${m.speaker} is not one of the States`);
  }

  for (const [i, correction] of c.corrections.entries()) checkIds(`corrections.${i}`, correction.sources);
  for (const s of c.subjects) {
    for (const [lang, ids] of Object.entries(s.nameSources ?? {})) {
      checkIds(`subjects: ${s.name.en} (${lang})`, ids ?? []);
      if (!s.name[lang as keyof typeof s.name]) problems.push(`subjects: ${s.name.en}: sources for a ${lang} spelling the data does not have`);
    }
    for (const lang of ['fr', 'es', 'ru', 'ar'] as const) {
      if (s.name[lang] && !s.nameSources?.[lang]?.length) problems.push(`subjects: ${s.name.en}: the ${lang} spelling has no source`);
    }
  }
  return problems;
}
