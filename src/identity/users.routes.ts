import type { FastifyInstance } from 'fastify';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import { z } from 'zod';
import { createUser, createUserInput } from './create-user.js';
import { listUsers } from './list-users.js';
import { actorOf } from './auth.plugin.js';
import { commonProblems, problemSchema } from '../platform/http/schemas.js';
import { userSchema } from './identity.schemas.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

export async function usersRoutes(app: FastifyInstance, { db }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();

  api.get(
    '/api/users',
    { schema: { tags: ['users'], summary: "Your agency's users (owners to assign or filter on)", response: { 200: z.object({ items: z.array(userSchema) }), ...commonProblems } } },
    async (request) => ({ items: await listUsers(db, actorOf(request)) }),
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
}
