export { dossiersRoutes } from './dossiers.routes.js';
export { dossierOverviewRoutes } from './dossier-overview.routes.js';
export { createDossier } from './create-dossier.js';
export { changeDossierStage } from './change-dossier-stage.js';
export { convertLead } from './convert-lead.js';
export { onDossierChange, publishDossierChange } from './dossier-events.js';
export type { DossierChange } from './dossier-events.js';
