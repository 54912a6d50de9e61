import { expect, it } from 'vitest';
import { pdfFileName } from './file-name';

it('names the file after the symbol when there is one', () => {
  expect(pdfFileName('A/HRC/51/47', 'https://documents.un.org/doc/undoc/gen/g22/411/52/pdf/g2241152.pdf')).toBe('A_HRC_51_47.pdf');
  expect(pdfFileName('S/RES/2334(2016)', 'https://x')).toBe('S_RES_2334(2016).pdf');
});

it('else after the address, safely', () => {
  expect(pdfFileName(null, 'https://documents.un.org/doc/undoc/gen/g22/411/52/pdf/g2241152.pdf')).toBe('g2241152.pdf');
  expect(pdfFileName(null, 'https://www.ohchr.org/files/Report%20on%20reprisals')).toBe('Report on reprisals.pdf');
  expect(pdfFileName(null, 'https://www.ohchr.org/')).toBe('document.pdf');
  expect(pdfFileName(null, 'https://www.ohchr.org/a%3Ab%2A.PDF')).toBe('a_b_.PDF');
});
