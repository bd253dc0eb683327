export { buildApp } from './app.js';
export { JOBS } from './jobs.js';
export { parseTrustProxy } from './trust-proxy.js';
