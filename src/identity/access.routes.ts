import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import { commonProblems, idParams, problemSchema } from '../platform/http/schemas.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import { actorOf } from './auth.plugin.js';
import { branchSchema } from './branch-view.js';
import { createBranch, createBranchInput } from './create-branch.js';
import { createRole, createRoleInput } from './create-role.js';
import { deleteRole } from './delete-role.js';
import { listBranches, listBranchesInput } from './list-branches.js';
import { listRoles } from './list-roles.js';
import { roleSchema } from './role-view.js';
import { agencySettingsSchema, updateAgencySettings, updateAgencySettingsInput } from './update-agency-settings.js';
import { updateBranch, updateBranchInput } from './update-branch.js';
import { updateRole, updateRoleInput } from './update-role.js';
import { publishAccessChange } from './access-changes.js';

/** The agency's roles and their permissions (SPEC R4.7), its branches (R1.4) and its dossier kinds. */
export async function accessRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();

  api.get(
    '/api/roles',
    { schema: { tags: ['roles'], summary: "Your agency's roles with their permissions: the built-in ones (read-only) and its own", response: { 200: z.object({ items: z.array(roleSchema) }), ...commonProblems } } },
    async (request) => listRoles(db, actorOf(request)),
  );

  api.post(
    '/api/roles',
    {
      schema: {
        tags: ['roles'],
        summary: 'Add a role of your own: names and permissions (users:manage); 409 for a key your agency has',
        body: createRoleInput,
        response: { 201: roleSchema, ...commonProblems, 409: problemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createRole(db, actorOf(request), request.body)),
  );

  api.patch(
    '/api/roles/:id',
    {
      schema: {
        tags: ['roles'],
        summary: "Rename one of your own roles or replace its permissions (users:manage); holds for its users' open sessions at once; 409 for a built-in role",
        params: idParams,
        body: updateRoleInput.omit({ roleId: true }),
        response: { 200: roleSchema, ...commonProblems, 409: problemSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const role = await updateRole(db, actor, { ...request.body, roleId: request.params.id });
      // Its users' cached sessions and tokens carry the old permissions, on every instance: all of them forget.
      publishAccessChange({ agencyId: actor.agencyId, roleKey: role.key });
      return role;
    },
  );

  api.delete(
    '/api/roles/:id',
    {
      schema: {
        tags: ['roles'],
        summary: 'Delete one of your own roles (users:manage); 409 for a built-in role or one a user or invite holds',
        params: idParams,
        response: { 204: z.null(), ...commonProblems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      await deleteRole(db, actorOf(request), { roleId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  api.patch(
    '/api/agency',
    {
      schema: {
        tags: ['roles'],
        summary: 'Switch leads or opportunities on or off for your whole agency (settings:manage); holds for everyone at once',
        body: updateAgencySettingsInput,
        response: { 200: agencySettingsSchema, ...commonProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const settings = await updateAgencySettings(db, actor, request.body);
      publishAccessChange({ agencyId: actor.agencyId });
      return settings;
    },
  );

  api.get(
    '/api/branches',
    {
      schema: {
        tags: ['branches'],
        summary: "Your agency's branches (vestigingen) by name; archived ones with ?archived=true",
        querystring: listBranchesInput,
        response: { 200: z.object({ items: z.array(branchSchema) }), ...commonProblems },
      },
    },
    async (request) => listBranches(db, actorOf(request), request.query),
  );

  api.post(
    '/api/branches',
    {
      schema: {
        tags: ['branches'],
        summary: 'Add a branch (settings:manage); 409 for a name an active branch has',
        body: createBranchInput,
        response: { 201: branchSchema, ...commonProblems, 409: problemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createBranch(db, actorOf(request), request.body)),
  );

  api.patch(
    '/api/branches/:id',
    {
      schema: {
        tags: ['branches'],
        summary: 'Rename, archive or restore a branch (settings:manage); 409 for a name another active branch has',
        params: idParams,
        body: updateBranchInput.omit({ branchId: true }),
        response: { 200: branchSchema, ...commonProblems, 409: problemSchema },
      },
    },
    async (request) => updateBranch(db, actorOf(request), { ...request.body, branchId: request.params.id }, clock),
  );
}
