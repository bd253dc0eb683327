export * from './fields.js';
export * from './presets.js';
export * from './values.js';
export * from './suggestions.js';
export * from './rejections.js';
export * from './plan.js';
export * from './interrupted.js';
export * from './kept-files.js';
