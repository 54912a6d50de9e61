import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BidiText } from './BidiText';

const host = document.createElement('p');
afterEach(() => render(null, host));

describe('BidiText', () => {
  it('isolates Latin names inside Arabic text in <bdi>', () => {
    render(<BidiText lang="ar" text="إن Armel Niyongere و Dieudonné Bashirahishize محاميان." />, host);
    expect(Array.from(host.querySelectorAll('bdi'), (b) => b.textContent)).toEqual(['Armel Niyongere', 'Dieudonné Bashirahishize']);
    expect(host.textContent).toBe('إن Armel Niyongere و Dieudonné Bashirahishize محاميان.');
  });

  it('leaves left-to-right texts as they are', () => {
    render(<BidiText lang="ru" text="Правозащитный центр «Весна» и ISHR" />, host);
    expect(host.querySelector('bdi')).toBeNull();
    expect(host.textContent).toBe('Правозащитный центр «Весна» и ISHR');
  });
});
