export { DEMO_LOGIN, seedDemo } from './seed-demo.js';
export type { SeedStep } from './seed-demo.js';
