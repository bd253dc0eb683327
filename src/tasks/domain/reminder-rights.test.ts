import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../identity/domain/index.js';
import { mayCloseReminder } from './reminder-rights.js';

const actor = (role: Role, userId = 'me'): Actor => ({ agencyId: 'a', userId, role });

describe('who closes a reminder', () => {
  it('is its assignee or its creator, whatever their role', () => {
    expect(mayCloseReminder(actor('recruiter'), { userId: 'me', createdBy: 'boss' })).toBe(true);
    expect(mayCloseReminder(actor('recruiter'), { userId: 'colleague', createdBy: 'me' })).toBe(true);
    expect(mayCloseReminder(actor('recruiter'), { userId: 'me', createdBy: null })).toBe(true);
  });

  it('is any manager or admin, and no other recruiter', () => {
    const theirs = { userId: 'colleague', createdBy: 'colleague' };
    expect(mayCloseReminder(actor('manager'), theirs)).toBe(true);
    expect(mayCloseReminder(actor('admin'), theirs)).toBe(true);
    expect(mayCloseReminder(actor('recruiter'), theirs)).toBe(false);
    expect(mayCloseReminder(actor('recruiter'), { userId: 'colleague', createdBy: null })).toBe(false);
  });
});
