import { describe, expect, it } from 'vitest';
import { createMark, MARK_TAG, unmarkAll, wrapMatches } from '@/lib/marking';
import { testFind } from './marking-test-names';

const find = testFind();
const make = (iso2: string) => createMark(document, iso2, { label: `${iso2} label`, focusable: true });

function paragraph(text: string): { p: HTMLParagraphElement; node: Text } {
  const p = document.createElement('p');
  const node = document.createTextNode(text);
  p.appendChild(node);
  document.body.appendChild(p);
  return { p, node };
}

describe('wrapMatches', () => {
  it('wraps each match in a mark carrying the ISO2 code and keeps the text', () => {
    const text = 'Reprisals in Egypt, China and Belarus were reported.';
    const { p, node } = paragraph(text);
    const marks = wrapMatches(node, find(text), make);
    expect(marks.map((m) => m.getAttribute('data-er-state'))).toEqual(['EG', 'CN', 'BY']);
    expect(marks.map((m) => m.textContent)).toEqual(['Egypt', 'China', 'Belarus']);
    expect(p.textContent).toBe(text);
    // The original node stays in place holding the text before the first match.
    expect(p.firstChild).toBe(node);
    expect(node.data).toBe('Reprisals in ');
  });

  it('handles matches at the very start and end', () => {
    const { p, node } = paragraph('Egypt and China');
    wrapMatches(node, find('Egypt and China'), make);
    expect(Array.from(p.childNodes).map((n) => n.nodeName)).toEqual([MARK_TAG.toUpperCase(), '#text', MARK_TAG.toUpperCase()]);
    expect(p.textContent).toBe('Egypt and China');
  });

  it('gives marks an accessible name, a tab stop and a button role', () => {
    const { node } = paragraph('Egypt');
    const [mark] = wrapMatches(node, find('Egypt'), make);
    expect(mark!.tabIndex).toBe(0);
    expect(mark!.getAttribute('role')).toBe('button');
    expect(mark!.getAttribute('aria-label')).toBe('EG label');
  });

  it('does not split words that merely contain a name (Nigeria is not Niger)', () => {
    const { p, node } = paragraph('Nigeria and Niger');
    const marks = wrapMatches(node, find('Nigeria and Niger'), make);
    expect(marks.map((m) => m.dataset.erState)).toEqual(['NG', 'NE']);
    expect(p.textContent).toBe('Nigeria and Niger');
  });

  it('ignores offsets outside the text', () => {
    const { p, node } = paragraph('Chad');
    expect(wrapMatches(node, [{ start: 2, end: 10, iso2: 'TD' }], make)).toEqual([]);
    expect(p.textContent).toBe('Chad');
  });
});

describe('unmarkAll', () => {
  it('restores the exact text nodes, leaving adjacent page text nodes separate', () => {
    const p = document.createElement('p');
    p.append(document.createTextNode('Before '), document.createTextNode('Egypt, then China, end'));
    document.body.appendChild(p);
    const original = p.cloneNode(true);
    const target = p.childNodes[1] as Text;
    wrapMatches(target, find(target.data), make);
    expect(p.querySelectorAll(MARK_TAG)).toHaveLength(2);
    expect(unmarkAll(p)).toBe(2);
    expect(p.isEqualNode(original)).toBe(true);
    expect(p.childNodes).toHaveLength(2);
    expect(p.childNodes[1]).toBe(target);
  });
});
