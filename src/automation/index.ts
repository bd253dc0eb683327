import { setActivityHook, setBuiltInFiringHook } from '../pipeline/index.js';
import './company-adapter.js';
import './dossier-adapter.js';
import { onActivity } from './engine.js';
import { logBuiltInFiring } from './log-built-in-firing.js';

export { automationRoutes } from './automation.routes.js';
export { drainOutboxJob } from './drain-outbox.job.js';
export { scanRulesJob } from './scan-rules.job.js';
export { drainOutbox } from './drain-outbox.js';
export { scanRules } from './scan-rules.js';
export { createRule, createRuleInput } from './create-rule.js';
export { updateRule, updateRuleInput } from './update-rule.js';
export { listRules } from './list-rules.js';
export { switchBuiltInRule } from './switch-built-in-rule.js';
export { createGroup } from './create-group.js';
export { listGroups } from './list-groups.js';
export { listCompanyGroups, setCompanyGroups } from './set-company-groups.js';
export { listDossierGroups, setDossierGroups } from './set-dossier-groups.js';
export { registerRecordKind } from './records.js';
export type { RecordAdapter } from './records.js';

/**
 * Installs the event-driven rules: every activity appended from now on, on
 * any path (HTTP, CLI, jobs, imports), runs the rules its event matches in
 * its own transaction; and the built-in rules' moves and refusals are
 * logged with the agency's rules'. The composition roots (src/server,
 * src/cli) call this at startup; tests that exercise rules call it too.
 */
export function installAutomation(): void {
  setActivityHook(onActivity);
  setBuiltInFiringHook(logBuiltInFiring);
}
