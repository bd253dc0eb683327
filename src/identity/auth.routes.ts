import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import { z } from 'zod';
import { isDomainError } from '../platform/errors.js';
import { logIn, logInInput } from './log-in.js';
import { logOut, logOutInput } from './log-out.js';
import { readCurrentUser } from './current-user.js';
import { changePassword, changePasswordInput } from './change-password.js';
import { localizePasswordErrors } from './password-errors.js';
import { LoginThrottle } from './login-throttle.js';
import { actorOf, assertSameOrigin, SESSION_COOKIE, setSessionCookie } from './auth.plugin.js';
import { updateProfile, updateProfileInput } from './update-profile.js';
import { commonProblems, problemSchema } from '../platform/http/schemas.js';
import { meSchema } from './identity.schemas.js';
import type { RouteDeps } from '../platform/http/route-deps.js';
import { publishAccessChange } from './access-changes.js';

/** Login attempts one address may make per minute, whichever accounts they are for. */
const LOGINS_PER_ADDRESS_PER_MINUTE = 20;

/** A 429 the error handler turns into a rate-limited problem (the caller sets Retry-After). */
function tooManyLogins(seconds: number): Error & { statusCode: number } {
  return Object.assign(new Error(`Too many login attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`), { statusCode: 429 });
}

export async function authRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  // Scoped to these routes: only login is limited per address (see docs/api.md, Throttling).
  await app.register(rateLimit, { global: false });
  const throttle = new LoginThrottle(clock);
  localizePasswordErrors(app);

  api.post(
    '/api/auth/login',
    {
      config: {
        auth: false,
        // Every login attempt from one address, across accounts; counted after validation, before the password is hashed.
        rateLimit: {
          max: LOGINS_PER_ADDRESS_PER_MINUTE,
          timeWindow: 60_000,
          hook: 'preHandler',
          errorResponseBuilder: (_request, context) => tooManyLogins(Math.ceil(context.ttl / 1000)),
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in; sets an httpOnly session cookie',
        body: logInInput,
        response: { 200: z.object({ user: meSchema, expiresAt: z.date() }), 400: problemSchema, 401: problemSchema, 403: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      if (request.headers.origin) assertSameOrigin(request);
      const attempt = throttle.begin(request.body.email.toLowerCase(), normalizeIP(request.ip));
      if (!attempt.admitted) {
        reply.header('retry-after', String(attempt.retryAfterSeconds));
        throw tooManyLogins(attempt.retryAfterSeconds);
      }
      let session;
      try {
        session = await logIn(db, request.body, clock);
        attempt.settle('success');
      } catch (error) {
        attempt.settle(isDomainError(error) && error.code === 'UNAUTHORIZED' ? 'failure' : 'error');
        throw error;
      }
      setSessionCookie(request, reply, session.token);
      return { user: await readCurrentUser(db, session.actor), expiresAt: session.expiresAt };
    },
  );

  api.post(
    '/api/auth/logout',
    {
      config: { auth: false },
      schema: {
        tags: ['auth'],
        summary: 'End the session; with { "everywhere": true } every session of the user',
        body: logOutInput.nullish(),
        response: { 204: z.null(), 400: problemSchema, 403: problemSchema },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        assertSameOrigin(request);
        const ended = await logOut(db, token, request.body ?? {}, clock);
        app.authCache.forget(token);
        // Every instance forgets the user's cached sessions (this one, or all of them, ended); the live ones are looked up again.
        if (ended) publishAccessChange({ agencyId: ended.agencyId, userId: ended.userId });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your own password; ends your other sessions',
        body: changePasswordInput,
        response: { 204: z.null(), ...commonProblems, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      // Guessing the current password with a stolen session is throttled like logins, per user.
      const attempt = throttle.begin(`user:${actor.agencyId}/${actor.userId}`, normalizeIP(request.ip));
      if (!attempt.admitted) {
        reply.header('retry-after', String(attempt.retryAfterSeconds));
        throw tooManyLogins(attempt.retryAfterSeconds);
      }
      try {
        await changePassword(db, actor, request.body, request.authenticatedBy === 'session' ? request.cookies[SESSION_COOKIE] : undefined);
        attempt.settle('success');
      } catch (error) {
        const wrongCurrent = isDomainError(error) && error.code === 'VALIDATION' && error.data.issues.some((issue) => issue.path === 'currentPassword');
        attempt.settle(wrongCurrent ? 'failure' : 'error');
        throw error;
      }
      // The other sessions may be cached here; this one is looked up again and still found.
      publishAccessChange({ agencyId: actor.agencyId, userId: actor.userId });
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/me',
    { schema: { tags: ['auth'], summary: 'The logged-in user and their agency', response: { 200: meSchema, 401: problemSchema } } },
    async (request) => readCurrentUser(db, actorOf(request)),
  );

  api.patch(
    '/api/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your own name or UI language (nl, en; null: the browser’s)',
        body: updateProfileInput,
        response: { 200: meSchema, ...commonProblems },
      },
    },
    async (request) => updateProfile(db, actorOf(request), request.body),
  );
}
