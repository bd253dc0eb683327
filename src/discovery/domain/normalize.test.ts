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

  it.each(['', '   ', 'not a domain', 'https://'])('rejects %j', (input) => {
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

  it.each(['', 'https://example.com/company/acme', 'https://www.linkedin.com/feed/'])('rejects %j', (input) => {
    expect(normalizeLinkedinUrl(input)).toBeUndefined();
  });
});
