import { describe, expect, it } from 'vitest';
import { mailComposeUrl, planMailCompose, subjectOnlyComposeUrl } from './compose-url';
import { fitsProvider, URL_LIMITS } from './url-limits';

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
      `https://outlook.cloud.microsoft/mail/deeplink/compose?to=${TO}&subject=${SU}&body=${BODY}`,
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

  /** A message whose Gmail compose URL is exactly `length` characters long. */
  function gmailMessageOfLength(length: number) {
    const base = mailComposeUrl('gmail', { to: '', subject: 's', body: '' }).length;
    return { to: '', subject: 's', body: 'x'.repeat(length - base) };
  }

  it('decides per provider at the boundary of its limit', () => {
    expect(URL_LIMITS.gmail.maxUrlLength).toBe(4000);
    const atLimit = gmailMessageOfLength(4000);
    expect(mailComposeUrl('gmail', atLimit)).toHaveLength(4000);
    expect(planMailCompose('gmail', atLimit)).toEqual({ url: mailComposeUrl('gmail', atLimit), bodyOnClipboard: false });
    const over = gmailMessageOfLength(4001);
    expect(planMailCompose('gmail', over)).toEqual({ url: subjectOnlyComposeUrl('gmail', over), bodyOnClipboard: true });
    // The same 4,001-character body fits Outlook.com's measured limit but not the unmeasured ones.
    expect(planMailCompose('outlook', over).bodyOnClipboard).toBe(false);
    expect(planMailCompose('outlook-work', over).bodyOnClipboard).toBe(true);
    expect(planMailCompose('yahoo', over).bodyOnClipboard).toBe(true);
    expect(planMailCompose('mailto', over).bodyOnClipboard).toBe(true);
    for (const [provider, limit] of Object.entries(URL_LIMITS)) {
      const p = provider as keyof typeof URL_LIMITS;
      expect(fitsProvider(p, 'x'.repeat(limit.maxUrlLength)), provider).toBe(true);
      expect(fitsProvider(p, 'x'.repeat(limit.maxUrlLength + 1)), provider).toBe(false);
      if (limit.basis === 'measured') expect(limit.sources.length, provider).toBeGreaterThan(0);
      for (const url of limit.sources) expect(url.startsWith('https://'), url).toBe(true);
    }
    expect(URL_LIMITS.mailto.maxUrlLength).toBeLessThanOrEqual(2048);
  });

  it('subjectOnlyComposeUrl keeps recipient and subject, drops the body', () => {
    expect(subjectOnlyComposeUrl('gmail', message)).toBe(`https://mail.google.com/mail/?view=cm&fs=1&to=${TO}&su=${SU}`);
    expect(subjectOnlyComposeUrl('outlook-work', message)).toBe(
      `https://outlook.cloud.microsoft/mail/deeplink/compose?to=${TO}&subject=${SU}`,
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
    expect(fitsProvider('mailto', mailComposeUrl('mailto', zh))).toBe(true);
    expect(fitsProvider('mailto', mailComposeUrl('mailto', { ...zh, body: '报'.repeat(220) }))).toBe(false);
  });
});
