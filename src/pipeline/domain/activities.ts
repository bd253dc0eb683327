/** Timeline entry types (SPEC R1.6, R9.2). Activities are append-only. */
export const ACTIVITY_TYPES = [
  'company_tracked',
  'status_change',
  'note',
  'call',
  'email',
  'meeting_scheduled',
  'outreach_sent',
  'contact_detail_added',
  /** A contact's details edited (extra_data.changes: each field's from and to). */
  'contact_updated',
  /** A contact removed (extra_data: their name and title as they were). */
  'contact_removed',
  'company_deleted',
  'owner_changed',
  'pipeline_changed',
  /** Expected value, close date or a pipeline field changed (from and to in extra_data). */
  'deal_updated',
  /** A record placed in its stage by a migration import (extra_data: source, sourceStage, batchId…); opens its stay like company_tracked. */
  'imported',
  /** Put in an agency group (extra_data: groupId, groupName; ruleId / ruleName when a trigger did it). */
  'group_added',
  /** Taken out of an agency group (as group_added). */
  'group_removed',
  /** A trigger's task or notification (extra_data: action, ruleId, ruleName, and the task's or notification's details). */
  'automation_action',
] as const;

export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Outreach channels (SPEC R9.8). */
export const OUTREACH_CHANNELS = ['email', 'linkedin_message', 'linkedin_connection', 'phone_call'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

/** Outcomes a logged call can have. */
export const CALL_OUTCOMES = ['connected', 'voicemail', 'no_answer', 'wrong_number', 'callback_requested'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** Kinds of contact detail a recruiter can add. */
export const CONTACT_DETAIL_KINDS = ['email', 'phone', 'linkedin'] as const;
export type ContactDetailKind = (typeof CONTACT_DETAIL_KINDS)[number];

/** Description written on the status change the system makes after outreach. */
export const AUTOMATIC_OUTREACH_DESCRIPTION = 'Automatically moved after the first outreach was sent.';
