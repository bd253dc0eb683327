export { addContact } from './add-contact.js';
export { companiesRoutes } from './companies.routes.js';
export { companyActivitiesRoutes } from './company-activities.routes.js';
export { followCompany } from './follow-company.js';
export { addNote, logCall, scheduleMeeting } from './log-activity.js';
export { logOutreach } from './log-outreach.js';
