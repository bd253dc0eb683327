export { clientImportRoutes } from './client-import.routes.js';
export { uploadClientImportFile } from './upload-client-import-file.js';
export { dryRunClientImport } from './dry-run-client-import.js';
export { startClientImport, runClientImport } from './start-client-import.js';
export { listClientImports } from './list-client-imports.js';
export { readClientImport } from './read-client-import.js';
export { undoClientImport } from './undo-client-import.js';
export type { BatchView } from './batch-view.js';
export type { PlanView } from './plan-view.js';
