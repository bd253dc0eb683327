import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import { commonProblems, idParams, problemSchema } from '../platform/http/schemas.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import { acceptInvite, acceptInviteInput } from './accept-invite.js';
import { actorOf, assertSameOrigin, setSessionCookie } from './auth.plugin.js';
import { createInvite, createInviteInput } from './create-invite.js';
import { inviteSchema, invitePreviewSchema, meSchema } from './identity.schemas.js';
import { listInvites, listInvitesInput } from './list-invites.js';
import { localizePasswordErrors } from './password-errors.js';
import { readInvite, readInviteInput } from './read-invite.js';
import { revokeInvite } from './revoke-invite.js';

/**
 * Invites: admins make, list and withdraw them; the invitee, who has no
 * login yet, reads and accepts one with its secret. The secret travels in
 * the body, never in a URL, so it stays out of logs and histories.
 */
export async function invitesRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  localizePasswordErrors(app);

  api.post(
    '/api/invites',
    {
      schema: {
        tags: ['users'],
        summary: 'Invite a colleague (admins): a one-time secret for a link you send them, shown this once; valid 7 days',
        body: createInviteInput,
        response: { 201: inviteSchema.extend({ token: z.string().describe('The secret; the link is /invite#<token>') }), ...commonProblems, 409: problemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createInvite(db, actorOf(request), request.body, clock)),
  );

  api.get(
    '/api/invites',
    {
      schema: {
        tags: ['users'],
        summary: "Your agency's invites (admins), newest first, with their state",
        querystring: listInvitesInput,
        response: { 200: z.object({ items: z.array(inviteSchema), nextCursor: z.string().nullable() }), ...commonProblems },
      },
    },
    async (request) => listInvites(db, actorOf(request), request.query, clock),
  );

  api.delete(
    '/api/invites/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Withdraw an invite (admins); its link stops working; 409 once accepted',
        params: idParams,
        response: { 200: inviteSchema, ...commonProblems, 409: problemSchema },
      },
    },
    async (request) => revokeInvite(db, actorOf(request), { inviteId: request.params.id }, clock),
  );

  api.post(
    '/api/invites/preview',
    {
      config: { auth: false },
      schema: {
        tags: ['users'],
        summary: 'What an invite offers (no login: the secret is the proof); 404 when unknown, used, withdrawn or expired',
        body: readInviteInput,
        response: { 200: invitePreviewSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => readInvite(db, request.body, clock),
  );

  api.post(
    '/api/invites/accept',
    {
      schema: {
        tags: ['users'],
        summary: 'Accept an invite with your name and password: your user is made and you are logged in (sets the session cookie)',
        body: acceptInviteInput,
        response: { 200: z.object({ user: meSchema, expiresAt: z.date() }), 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema },
      },
      config: { auth: false },
    },
    async (request, reply) => {
      // Like a login: a page of another site may not log its visitor in.
      if (request.headers.origin) assertSameOrigin(request);
      const accepted = await acceptInvite(db, request.body, clock);
      setSessionCookie(request, reply, accepted.token);
      return { user: accepted.user, expiresAt: accepted.expiresAt };
    },
  );
}
