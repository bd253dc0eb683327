import type { FastifyInstance } from 'fastify';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import { z } from 'zod';
import { forbidden } from '../platform/errors.js';
import { createApiToken, createApiTokenInput } from './create-api-token.js';
import { listApiTokens, listApiTokensInput } from './list-api-tokens.js';
import { revokeApiToken } from './revoke-api-token.js';
import { actorOf } from './auth.plugin.js';
import { apiTokenSchema } from './identity.schemas.js';
import { commonProblems, idParams } from '../platform/http/schemas.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import { publishAccessChange } from './access-changes.js';

export async function tokensRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();

  api.post(
    '/api/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create a personal API token; the secret is shown this once',
        body: createApiTokenInput,
        response: { 201: apiTokenSchema.extend({ token: z.string().describe('Send as Authorization: Bearer <token>') }), ...commonProblems },
      },
    },
    async (request, reply) => {
      // A token that could mint tokens would outlive its own revocation through its children.
      if (request.authenticatedBy !== 'session') throw forbidden('create an API token with an API token (log in and create it there)');
      return reply.code(201).send(await createApiToken(db, actorOf(request), request.body, clock));
    },
  );

  api.get(
    '/api/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Your API tokens (without secrets), newest first',
        querystring: listApiTokensInput,
        response: { 200: z.object({ items: z.array(apiTokenSchema), nextCursor: z.string().nullable() }), ...commonProblems },
      },
    },
    async (request) => listApiTokens(db, actorOf(request), request.query),
  );

  api.delete(
    '/api/tokens/:id',
    { schema: { tags: ['tokens'], summary: 'Revoke one of your API tokens', params: idParams, response: { 200: apiTokenSchema, ...commonProblems } } },
    async (request) => {
      const actor = actorOf(request);
      const revoked = await revokeApiToken(db, actor, { tokenId: request.params.id }, clock);
      publishAccessChange({ agencyId: actor.agencyId, userId: actor.userId });
      return revoked;
    },
  );
}
