import { describe, expect, it } from 'vitest';
import { contactChanges, formOf } from './contact-changes';

const stored = { name: 'Jan de Vries', title: 'Recruiter', email: 'jan@example.nl', phone: null, linkedinUrl: 'https://www.linkedin.com/in/jan' };

describe('contactChanges', () => {
  it('sends nothing for an untouched form', () => {
    expect(contactChanges(stored, formOf(stored))).toBeNull();
    expect(contactChanges(stored, { ...formOf(stored), title: '  Recruiter ' })).toBeNull();
  });

  it('sends only what changed, trimmed', () => {
    expect(contactChanges(stored, { ...formOf(stored), title: ' HR-directeur ', phone: '+31 6 1234 5678' })).toEqual({ title: 'HR-directeur', phone: '+31 6 1234 5678' });
  });

  it('clears an emptied detail with null, but sends an emptied name for the server to refuse', () => {
    expect(contactChanges(stored, { ...formOf(stored), email: '', linkedinUrl: ' ', title: '' })).toEqual({ email: null, linkedinUrl: null, title: null });
    expect(contactChanges(stored, { ...formOf(stored), name: '  ' })).toEqual({ name: '' });
  });

  it('starts the form from what is stored, blanks for the rest', () => {
    expect(formOf(stored)).toEqual({ name: 'Jan de Vries', title: 'Recruiter', email: 'jan@example.nl', phone: '', linkedinUrl: 'https://www.linkedin.com/in/jan' });
  });
});
