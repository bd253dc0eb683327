export { buildApp } from './app.js';
export { JOBS } from './jobs.js';
