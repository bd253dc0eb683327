import { Transform } from 'node:stream';

/** An upload grew past its limit while it streamed in. */
export class UploadTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`The upload is larger than ${maxBytes} bytes.`);
  }
}

/**
 * Passes an upload through, counting its bytes as they arrive, and fails
 * with UploadTooLarge the moment they pass `maxBytes`: a chunked upload
 * names no length beforehand, so only counting can hold it to the limit.
 */
export function limitUpload(maxBytes: number): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(new UploadTooLarge(maxBytes));
      else done(null, chunk);
    },
  });
}
