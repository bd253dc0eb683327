export { addContact } from './add-contact.js';
export { companiesRoutes } from './companies.routes.js';
export { companyActivitiesRoutes } from './company-activities.routes.js';
export { followCompany } from './follow-company.js';
export { addNote } from './add-note.js';
export { logCall } from './log-call.js';
export { scheduleMeeting } from './schedule-meeting.js';
export { logOutreach } from './log-outreach.js';
