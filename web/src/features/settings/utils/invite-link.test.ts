import { describe, expect, it } from 'vitest';
import { inviteLink, tokenFromHash } from './invite-link';

describe('invite links', () => {
  it('carries the secret in the fragment and reads it back', () => {
    const link = inviteLink('https://crm.example.nl', 'cpi_abc-DEF_123');
    expect(link).toBe('https://crm.example.nl/invite#cpi_abc-DEF_123');
    expect(tokenFromHash(new URL(link).hash)).toBe('cpi_abc-DEF_123');
  });

  it('finds no secret in an empty or broken fragment', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#')).toBeNull();
    expect(tokenFromHash('#%E0%A4%A')).toBeNull();
    expect(tokenFromHash('#  cpi_x ')).toBe('cpi_x');
  });
});
