export { eventsRoutes } from './events.routes.js';
