import type { FastifyReply, FastifySchemaCompiler, FastifyTypeProvider } from 'fastify';
import type { z } from 'zod';
import { dutchDefaultMessage } from '../input/zod-messages.js';

/*
 * Routes declare the services' own zod schemas, for the OpenAPI document and
 * to refuse a bad request before it reaches a service. The service then
 * parses the input itself (one authority for trimming, defaults, decoding
 * cursors), so the route must hand it the request as the client sent it:
 * this compiler validates and passes the original value through.
 */
export const validateWithoutTransform: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    // The input is reported on the issues only to word zod's own messages in Dutch; it never leaves here.
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: data };
    return {
      error: result.error.issues.map((issue) => {
        const nl = dutchDefaultMessage(issue);
        return { keyword: issue.code, instancePath: `/${issue.path.join('/')}`, schemaPath: '', params: nl ? { nl } : {}, message: issue.message };
      }),
    } as never;
  };

/** Types request parts as the schema's input (what the client sent) and replies as its output. */
export interface ServiceInputTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
}

/**
 * Sends JSON that was serialised earlier (a cached response). Fastify sends
 * strings as they are, skipping the response schema's serializer, so the
 * caller must have built `json` from a value of the documented shape.
 */
export function sendSerialized(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json as never);
}
