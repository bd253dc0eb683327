import { z } from 'zod';
import { calendarDate, id, LIMITS, optionalText, plainString, text } from '../platform/input/input.js';

/** Request building blocks shared by the dossier use cases. */
export const dossierKind = z.enum(['lead', 'opportunity'], { error: 'must be lead or opportunity' });

/** The key of a value of the agency's source, priority or category list (GET /api/dossier-lists); null clears it. */
export const listValue = optionalText(100);

/** EUR, at most 12 digits before the decimal point. */
export const money = z.number({ error: 'must be a number of euros' }).min(0, { error: 'must not be negative' }).max(999_999_999_999, { error: 'must be at most 999999999999' });

/** A pipeline field value: text, number or date text; null clears it. */
export const fieldValue = z.union([plainString().max(LIMITS.name, { error: `must be at most ${LIMITS.name} characters` }), z.number()]);

export const contactLink = z.object({ contactId: id, roleId: id }).strict();

export const dossierTitle = text(LIMITS.name);

/** The fields a user sets on a dossier, on creation and edit. */
export const dossierFields = {
  title: dossierTitle,
  /** The client: an agency company record (GET /api/companies). */
  companyId: id.nullable().optional(),
  ownerId: id.nullable().optional(),
  branchId: id.nullable().optional(),
  source: listValue.nullable(),
  priority: listValue.nullable(),
  category: listValue.nullable(),
  value: money.nullable().optional(),
  expectedCloseDate: calendarDate().nullable().optional(),
};
