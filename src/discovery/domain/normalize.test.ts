import { describe, expect, it } from 'vitest';
import { normalizeLinkedinUrl, normalizeWebsiteDomain } from './normalize.js';

describe('normalizeWebsiteDomain', () => {
  it.each([
    ['https://www.Example.nl/jobs?x=1', 'example.nl'],
    ['http://shop.example.co.uk:8080', 'shop.example.co.uk'],
    ['WWW.ACME.COM.', 'acme.com'],
    ['acme.com', 'acme.com'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeWebsiteDomain(input)).toBe(expected);
  });

  it.each(['', '   ', 'not a domain', 'https://', 'javascript://example.com/%0Aalert(1)', 'ftp://example.com', 'data://example.com'])('rejects %j', (input) => {
    expect(normalizeWebsiteDomain(input)).toBeUndefined();
  });
});

describe('normalizeLinkedinUrl', () => {
  it.each([
    ['http://nl.linkedin.com/company/Acme-BV/?trk=x', 'https://www.linkedin.com/company/acme-bv'],
    ['linkedin.com/company/acme', 'https://www.linkedin.com/company/acme'],
    ['https://www.linkedin.com/in/Jan-de-Vries/', 'https://www.linkedin.com/in/jan-de-vries'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeLinkedinUrl(input)).toBe(expected);
  });

  it.each([
    '',
    'https://example.com/company/acme',
    'https://www.linkedin.com/feed/',
    'javascript://linkedin.com/company/acme',
    // A bad escape, and escapes that decode to what no slug holds (a NUL, a space, a slash).
    'https://www.linkedin.com/in/%E0%A4%A',
    'https://www.linkedin.com/company/acme%00',
    'https://www.linkedin.com/company/ac%20me',
    'https://www.linkedin.com/company/ac%2Fme',
  ])('rejects %j', (input) => {
    expect(normalizeLinkedinUrl(input)).toBeUndefined();
  });

  it('keeps a slug with letters beyond ASCII as they read', () => {
    expect(normalizeLinkedinUrl('https://www.linkedin.com/company/caf%C3%A9-amsterdam')).toBe('https://www.linkedin.com/company/café-amsterdam');
  });
});
