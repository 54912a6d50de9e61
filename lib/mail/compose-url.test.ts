import { describe, expect, it } from 'vitest';
import { MAIL_URL_SOFT_LIMIT, mailComposeFits, mailComposeUrl, planMailCompose, subjectOnlyComposeUrl } from './compose-url';

const message = {
  to: 'mission.geneva@example.org',
  subject: 'HRC51: 停止报复 + Viasna',
  body: 'Excellency,\nمع التحية\n\n#EndReprisals',
};
const TO = 'mission.geneva@example.org';
const SU = 'HRC51%3A%20%E5%81%9C%E6%AD%A2%E6%8A%A5%E5%A4%8D%20%2B%20Viasna';
const BODY =
  'Excellency%2C%0D%0A%D9%85%D8%B9%20%D8%A7%D9%84%D8%AA%D8%AD%D9%8A%D8%A9%0D%0A%0D%0A%23EndReprisals';

describe('mailComposeUrl', () => {
  it('Gmail', () => {
    expect(mailComposeUrl('gmail', message)).toBe(`https://mail.google.com/mail/?view=cm&fs=1&to=${TO}&su=${SU}&body=${BODY}`);
  });
  it('Outlook.com', () => {
    expect(mailComposeUrl('outlook', message)).toBe(
      `https://outlook.live.com/mail/0/deeplink/compose?to=${TO}&subject=${SU}&body=${BODY}`,
    );
  });
  it('Outlook for work', () => {
    expect(mailComposeUrl('outlook-work', message)).toBe(
      `https://outlook.office.com/mail/deeplink/compose?to=${TO}&subject=${SU}&body=${BODY}`,
    );
  });
  it('Yahoo', () => {
    expect(mailComposeUrl('yahoo', message)).toBe(`https://compose.mail.yahoo.com/?to=${TO}&subject=${SU}&body=${BODY}`);
  });
  it('mailto (RFC 6068)', () => {
    expect(mailComposeUrl('mailto', message)).toBe(`mailto:${TO}?subject=${SU}&body=${BODY}`);
  });
  it('copy has no URL', () => {
    expect(mailComposeUrl('copy', message)).toBeNull();
  });

  it('never writes a space as "+" and turns every kind of line break into %0D%0A', () => {
    const url = mailComposeUrl('outlook', { to: '', subject: 'a b', body: 'x\ny\r\nz\rw' });
    expect(url).toBe('https://outlook.live.com/mail/0/deeplink/compose?to=&subject=a%20b&body=x%0D%0Ay%0D%0Az%0D%0Aw');
  });

  it('keeps several recipients readable and escapes what would break the query', () => {
    expect(mailComposeUrl('mailto', { to: 'a@x.org,b@y.org', subject: '&', body: '?' })).toBe(
      'mailto:a@x.org,b@y.org?subject=%26&body=%3F',
    );
  });
});

describe('long letters', () => {
  const long = { ...message, body: 'Excellency, '.repeat(200) };

  it('reports when a URL passes the soft limit', () => {
    expect(MAIL_URL_SOFT_LIMIT).toBe(1800);
    expect(mailComposeFits(mailComposeUrl('gmail', message))).toBe(true);
    expect(mailComposeFits(mailComposeUrl('gmail', long))).toBe(false);
    expect(mailComposeFits('x'.repeat(1800))).toBe(true);
    expect(mailComposeFits('x'.repeat(1801))).toBe(false);
  });

  it('subjectOnlyComposeUrl keeps recipient and subject, drops the body', () => {
    expect(subjectOnlyComposeUrl('gmail', message)).toBe(`https://mail.google.com/mail/?view=cm&fs=1&to=${TO}&su=${SU}`);
    expect(subjectOnlyComposeUrl('outlook-work', message)).toBe(
      `https://outlook.office.com/mail/deeplink/compose?to=${TO}&subject=${SU}`,
    );
    expect(subjectOnlyComposeUrl('mailto', message)).toBe(`mailto:${TO}?subject=${SU}`);
    expect(subjectOnlyComposeUrl('copy', message)).toBeNull();
  });

  it('planMailCompose falls back to subject only and asks for the clipboard', () => {
    expect(planMailCompose('yahoo', message)).toEqual({ url: mailComposeUrl('yahoo', message), bodyOnClipboard: false });
    expect(planMailCompose('yahoo', long)).toEqual({ url: subjectOnlyComposeUrl('yahoo', long), bodyOnClipboard: true });
    expect(planMailCompose('copy', message)).toEqual({ url: null, bodyOnClipboard: true });
  });

  it('a Chinese letter passes the limit sooner: each character is 9 URL characters', () => {
    const zh = { to: '', subject: '', body: '报'.repeat(190) };
    expect(mailComposeUrl('mailto', zh).length).toBe('mailto:?subject=&body='.length + 190 * 9);
    expect(mailComposeFits(mailComposeUrl('mailto', zh))).toBe(true);
    expect(mailComposeFits(mailComposeUrl('mailto', { ...zh, body: '报'.repeat(200) }))).toBe(false);
  });
});
