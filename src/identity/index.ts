export { actorOf, authPlugin } from './auth.plugin.js';
export { authRoutes } from './auth.routes.js';
export { authorize } from './authorize.js';
export { createAgency } from './create-agency.js';
export { createOperator } from './create-operator.js';
export { hashPassword } from './passwords.js';
export { tokensRoutes } from './tokens.routes.js';
export { usersRoutes } from './users.routes.js';
export { purgeSessionsJob } from './purge-sessions.job.js';
