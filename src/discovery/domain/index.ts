export { isOpen } from './hotness.js';
export { normalizeLinkedinUrl, normalizeWebsiteDomain } from './normalize.js';
export { DUTCH_PLACES } from './places.js';
export type { Place } from './places.js';
