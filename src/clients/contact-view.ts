import type { ContactRow } from './clients.tables.js';

/** A person at a company the agency can reach. */
export interface ContactView {
  id: string;
  companyId: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  decisionMakerId: string | null;
  createdAt: Date;
}

export function toContactView(row: ContactRow): ContactView {
  return {
    id: row.id,
    companyId: row.company_id,
    name: row.name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    linkedinUrl: row.linkedin_url,
    decisionMakerId: row.decision_maker_id,
    createdAt: row.created_at,
  };
}
