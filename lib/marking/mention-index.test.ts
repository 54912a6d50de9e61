import { describe, expect, it } from 'vitest';
import { MentionIndex, windowAround, type NodeMentions } from './mention-index';

function page(texts: string[]) {
  const root = document.createElement('div');
  const nodes = texts.map((t) => root.appendChild(document.createElement('p')).appendChild(document.createTextNode(t)));
  document.body.appendChild(root);
  return { root, nodes };
}
const entry = (node: Text, iso2 = 'EG', count = 1) =>
  MentionIndex.entry(node, Array.from({ length: count }, (_, i) => ({ start: i, end: i + 1, iso2 })));

describe('MentionIndex', () => {
  it('finds the position of any node in document order by bisection', () => {
    const { root, nodes } = page(['a', 'b', 'c', 'd']);
    const index = new MentionIndex();
    index.replaceAll([entry(nodes[0]!), entry(nodes[2]!), entry(nodes[3]!)]);
    expect(index.positionOf(nodes[0]!)).toBe(0);
    expect(index.positionOf(nodes[1]!)).toBe(1);
    expect(index.positionOf(nodes[1]!.parentNode!)).toBe(1);
    expect(index.positionOf(nodes[3]!)).toBe(2);
    expect(index.positionOf(root)).toBe(0);
    root.remove();
  });

  it('inserts a run of new entries in place and replaces entries of the same nodes', () => {
    const { root, nodes } = page(['a', 'b', 'c']);
    const index = new MentionIndex();
    index.replaceAll([entry(nodes[0]!), entry(nodes[2]!)]);
    const added = root.insertBefore(document.createElement('section'), nodes[2]!.parentNode);
    const x = added.appendChild(document.createTextNode('x'));
    const y = added.appendChild(document.createTextNode('y'));
    index.insertRun(added, [entry(x, 'CN'), entry(y, 'BY', 2)]);
    expect(index.entries().map((e) => e.node.data)).toEqual(['a', 'x', 'y', 'c']);
    expect(index.mentionCount).toBe(5);
    index.insertRun(nodes[0]!, [entry(nodes[0]!, 'TD')]);
    expect(index.entries().map((e) => e.matches[0]!.iso2)).toEqual(['TD', 'CN', 'BY', 'EG']);
    expect(index.mentionCount).toBe(5);
    expect([...index.countsByState()]).toEqual([['TD', 1], ['CN', 1], ['BY', 2], ['EG', 1]]);
    root.remove();
  });

  it('answers which mention covers a text offset, while the text is unchanged', () => {
    const { root, nodes } = page(['Egypt and China']);
    const index = new MentionIndex();
    const text = nodes[0]!;
    index.replaceAll([MentionIndex.entry(text, [{ start: 0, end: 5, iso2: 'EG' }, { start: 10, end: 15, iso2: 'CN' }])]);
    expect(index.mentionAt(text, 0)?.index).toBe(0);
    expect(index.mentionAt(text, 5)?.index).toBe(0);
    expect(index.mentionAt(text, 7)).toBeUndefined();
    expect(index.mentionAt(text, 12)?.index).toBe(1);
    text.data = 'Chad and China';
    expect(index.mentionAt(text, 12)).toBeUndefined();
    root.remove();
  });

  it('drops stale entries and lists a State’s mentions in reading order', () => {
    const { root, nodes } = page(['a', 'b', 'c']);
    const index = new MentionIndex();
    index.replaceAll([entry(nodes[0]!, 'EG', 2), entry(nodes[1]!, 'CN'), entry(nodes[2]!, 'EG')]);
    expect(index.mentionsOf('EG').map((m) => [m.node.data, m.start])).toEqual([['a', 0], ['a', 1], ['c', 0]]);
    (nodes[1]!.parentNode as Element).remove();
    const dropped = index.dropStale((e) => !e.node.isConnected);
    expect(dropped.map((e) => e.node.data)).toEqual(['b']);
    expect(index.entries().map((e) => e.node.data)).toEqual(['a', 'c']);
    expect(index.mentionCount).toBe(3);
    root.remove();
  });
});

describe('windowAround', () => {
  const entries = (counts: number[]) => counts.map((n) => ({ matches: Array.from({ length: n }) }) as unknown as NodeMentions);
  it('takes everything when the page has no more mentions than the limit', () => {
    expect(windowAround(entries([1, 2, 3]), 1, 10)).toEqual([0, 3]);
  });
  it('takes about `limit` mentions on both sides of the centre, clamped at the ends', () => {
    expect(windowAround(entries(Array(100).fill(1)), 50, 10)).toEqual([45, 55]);
    expect(windowAround(entries(Array(100).fill(1)), 0, 10)).toEqual([0, 10]);
    expect(windowAround(entries(Array(100).fill(1)), 99, 10)).toEqual([90, 100]);
  });
});
