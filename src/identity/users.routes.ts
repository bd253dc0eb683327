import type { FastifyInstance } from 'fastify';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import { z } from 'zod';
import { createUser, createUserInput } from './create-user.js';
import { listUsers, listUsersInput } from './list-users.js';
import { resetPassword, resetPasswordInput } from './reset-password.js';
import { deactivateUser } from './deactivate-user.js';
import { reactivateUser } from './reactivate-user.js';
import { updateUser, updateUserInput } from './update-user.js';
import { actorOf } from './auth.plugin.js';
import { commonProblems, idParams, problemSchema } from '../platform/http/schemas.js';
import { teamMemberSchema, userSchema } from './identity.schemas.js';
import { localizePasswordErrors } from './password-errors.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import { publishAccessChange } from './access-changes.js';

export async function usersRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  localizePasswordErrors(app);

  api.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: "Your agency's users by name (owners to assign or filter on, the team in settings); deactivated ones marked",
        querystring: listUsersInput,
        response: { 200: z.object({ items: z.array(teamMemberSchema), nextCursor: z.string().nullable() }), ...commonProblems },
      },
    },
    async (request) => listUsers(db, actorOf(request), request.query),
  );

  api.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Add a user to your agency (admins)',
        body: createUserInput,
        response: { 201: userSchema, ...commonProblems, 409: problemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(db, actorOf(request), request.body)),
  );

  api.post(
    '/api/users/:id/password',
    {
      schema: {
        tags: ['users'],
        summary: "Set a new password for a user of your agency (admins); ends that user's sessions",
        params: idParams,
        body: resetPasswordInput.omit({ userId: true }),
        response: { 204: z.null(), ...commonProblems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await resetPassword(db, actor, { userId: request.params.id, newPassword: request.body.newPassword });
      publishAccessChange({ agencyId: actor.agencyId, userId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/users/:id/deactivate',
    {
      schema: {
        tags: ['users'],
        summary: 'Deactivate a user of your agency (admins): no more login; their sessions end and their API tokens are revoked',
        params: idParams,
        response: { 204: z.null(), ...commonProblems, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await deactivateUser(db, actor, { userId: request.params.id }, clock);
      // Their secrets may be cached, here and on other instances: all of them forget.
      publishAccessChange({ agencyId: actor.agencyId, userId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  api.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: "Change a user's role or name (admins); the role holds for their open sessions and tokens at once; 409 for the last active admin",
        params: idParams,
        body: updateUserInput.omit({ userId: true }),
        response: { 200: teamMemberSchema, ...commonProblems, 409: problemSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const updated = await updateUser(db, actor, { ...request.body, userId: request.params.id });
      // Their cached sessions and tokens carry the old role, on every instance: all of them forget.
      publishAccessChange({ agencyId: actor.agencyId, userId: request.params.id });
      return updated;
    },
  );

  api.post(
    '/api/users/:id/reactivate',
    {
      schema: {
        tags: ['users'],
        summary: 'Give a deactivated user of your agency their access back (admins): they log in again; old sessions and tokens stay ended',
        params: idParams,
        response: { 204: z.null(), ...commonProblems },
      },
    },
    async (request, reply) => {
      await reactivateUser(db, actorOf(request), { userId: request.params.id });
      return reply.code(204).send(null);
    },
  );
}
