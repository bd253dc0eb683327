import type { FastifyInstance } from 'fastify';
import type { ServiceInputTypeProvider } from '../zod.js';
import { createUser, createUserInput } from '../../services/create-user.js';
import { actorOf } from '../plugins/auth.js';
import { commonProblems, problemSchema, userSchema } from '../schemas.js';
import type { RouteDeps } from './deps.js';

export async function usersRoutes(app: FastifyInstance, { db }: RouteDeps) {
  app.withTypeProvider<ServiceInputTypeProvider>().post(
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
