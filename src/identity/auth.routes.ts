import type { FastifyInstance } from 'fastify';
import type { ServiceInputTypeProvider } from '../platform/http/zod.js';
import { z } from 'zod';
import { isDomainError } from '../platform/errors.js';
import { logIn, logInInput, SESSION_DAYS } from './log-in.js';
import { logOut, logOutInput } from './log-out.js';
import { readCurrentUser } from './current-user.js';
import { LoginLimiter } from './login-limiter.js';
import { actorOf, assertSameOrigin, SESSION_COOKIE } from './auth.plugin.js';
import { problem, sendProblem } from '../platform/http/problems.js';
import { problemSchema } from '../platform/http/schemas.js';
import { userSchema } from './identity.schemas.js';
import type { RouteDeps } from '../platform/http/route-deps.js';

const meSchema = userSchema.extend({ agency: z.object({ id: z.guid(), name: z.string() }) }).meta({ id: 'Me' });

export async function authRoutes(app: FastifyInstance, { db, clock }: RouteDeps) {
  const api = app.withTypeProvider<ServiceInputTypeProvider>();
  // Per account and per address: 10 failures in 15 minutes lock that key out for the rest of the window.
  const byAccount = new LoginLimiter(clock, 10, 15 * 60_000);
  const byAddress = new LoginLimiter(clock, 50, 15 * 60_000);

  api.post(
    '/api/auth/login',
    {
      config: { auth: false },
      schema: {
        tags: ['auth'],
        summary: 'Log in; sets an httpOnly session cookie',
        body: logInInput,
        response: { 200: z.object({ user: meSchema, expiresAt: z.date() }), 400: problemSchema, 401: problemSchema, 403: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      if (request.headers.origin) assertSameOrigin(request);
      const accountKey = request.body.email.toLowerCase();
      const wait = Math.max(byAccount.retryAfter(accountKey), byAddress.retryAfter(request.ip));
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        return sendProblem(reply, problem('rate-limited', `Too many failed logins. Try again in ${Math.ceil(wait / 60)} minute(s).`));
      }
      try {
        const session = await logIn(db, request.body, clock);
        byAccount.succeed(accountKey);
        reply.setCookie(SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: request.protocol === 'https',
          path: '/',
          maxAge: SESSION_DAYS * 86_400,
        });
        return { user: await readCurrentUser(db, session.actor), expiresAt: session.expiresAt };
      } catch (error) {
        if (isDomainError(error) && error.code === 'UNAUTHORIZED') {
          byAccount.fail(accountKey);
          byAddress.fail(request.ip);
        }
        throw error;
      }
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
        // The other sessions may sit in this instance's cache; other instances drop them within its TTL.
        if (ended && request.body?.everywhere) app.authCache.forgetUser(ended.agencyId, ended.userId);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/me',
    { schema: { tags: ['auth'], summary: 'The logged-in user and their agency', response: { 200: meSchema, 401: problemSchema } } },
    async (request) => readCurrentUser(db, actorOf(request)),
  );
}
