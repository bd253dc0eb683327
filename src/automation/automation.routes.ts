import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../identity/index.js';
import { commonProblems, idParams } from '../platform/http/schemas.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import { builtInRuleSchema, groupListSchema, groupSchema, recordGroupsSchema, ruleListSchema, ruleSchema } from './automation.schemas.js';
import { createGroup, createGroupInput } from './create-group.js';
import { createRule, createRuleInput } from './create-rule.js';
import { listGroups } from './list-groups.js';
import { listRules } from './list-rules.js';
import { listCompanyGroups, setCompanyGroups, setCompanyGroupsInput } from './set-company-groups.js';
import { listDossierGroups, setDossierGroups, setDossierGroupsInput } from './set-dossier-groups.js';
import { switchBuiltInRule, switchBuiltInRuleInput } from './switch-built-in-rule.js';
import { updateRule, updateRuleInput } from './update-rule.js';

/** Triggers (SPEC R4.6): rules and groups; see docs/automation.md. */
export async function automationRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  const tags = ['automation'];

  api.get(
    '/api/triggers',
    { schema: { tags, summary: "The agency's trigger rules with their latest firings and refusals, and its pipelines' built-in rules (admins)", response: { 200: ruleListSchema, ...commonProblems } } },
    async (request) => listRules(db, actorOf(request)),
  );

  api.post(
    '/api/triggers',
    {
      schema: {
        tags,
        summary: 'Define a rule: when EVENT [and CONDITIONS] then ACTIONS (admins)',
        description: 'See docs/automation.md for the events, conditions and actions. Groups, users, the pipeline and stages named must be the agency\'s own.',
        body: createRuleInput,
        response: { 201: ruleSchema, ...commonProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await createRule(db, actorOf(request), request.body, clock)),
  );

  api.patch(
    '/api/triggers/:id',
    {
      schema: {
        tags,
        summary: 'Edit a rule, or switch it off (`enabled: false`) and on (admins)',
        params: idParams,
        body: updateRuleInput.omit({ ruleId: true }),
        response: { 200: ruleSchema, ...commonProblems },
      },
    },
    async (request) => updateRule(db, actorOf(request), { ...request.body, ruleId: request.params.id }, clock),
  );

  api.post(
    '/api/triggers/built-in',
    {
      schema: {
        tags,
        summary: "Switch a pipeline's built-in rule off or on again (admins; a new version of the pipeline)",
        body: switchBuiltInRuleInput,
        response: { 200: z.object({ items: z.array(builtInRuleSchema) }), ...commonProblems },
      },
    },
    async (request) => ({ items: await switchBuiltInRule(db, actorOf(request), request.body, clock) }),
  );

  api.get('/api/groups', { schema: { tags, summary: "The agency's groups, with how many records each holds", response: { 200: groupListSchema, ...commonProblems } } }, async (request) => ({
    items: await listGroups(db, actorOf(request)),
  }));

  api.post(
    '/api/groups',
    { schema: { tags, summary: 'Create a group (admins)', body: createGroupInput, response: { 201: groupSchema, ...commonProblems } } },
    async (request, reply) => reply.code(201).send(await createGroup(db, actorOf(request), request.body, clock)),
  );

  api.get(
    '/api/companies/:id/groups',
    { schema: { tags, summary: 'The groups a company is in', params: idParams, response: { 200: recordGroupsSchema, ...commonProblems } } },
    async (request) => ({ items: await listCompanyGroups(db, actorOf(request), { companyId: request.params.id }) }),
  );

  api.put(
    '/api/companies/:id/groups',
    {
      schema: {
        tags,
        summary: 'Put a company in exactly these groups (each addition and removal is on its timeline; an addition fires the rules on "added to group")',
        params: idParams,
        body: setCompanyGroupsInput.omit({ companyId: true }),
        response: { 200: recordGroupsSchema, ...commonProblems },
      },
    },
    async (request) => ({ items: await setCompanyGroups(db, actorOf(request), { ...request.body, companyId: request.params.id }, clock) }),
  );

  api.get(
    '/api/dossiers/:id/groups',
    { schema: { tags, summary: 'The groups a lead or opportunity is in (leads:view or opportunities:view, for its kind)', params: idParams, response: { 200: recordGroupsSchema, ...commonProblems } } },
    async (request) => ({ items: await listDossierGroups(db, actorOf(request), { dossierId: request.params.id }) }),
  );

  api.put(
    '/api/dossiers/:id/groups',
    {
      schema: {
        tags,
        summary: 'Put a lead or opportunity in exactly these groups (leads:edit or opportunities:edit, for its kind; each change is on its timeline; an addition fires the rules on "added to group")',
        params: idParams,
        body: setDossierGroupsInput.omit({ dossierId: true }),
        response: { 200: recordGroupsSchema, ...commonProblems },
      },
    },
    async (request) => ({ items: await setDossierGroups(db, actorOf(request), { ...request.body, dossierId: request.params.id }, clock) }),
  );
}
