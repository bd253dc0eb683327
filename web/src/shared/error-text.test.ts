import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { translate } from '../i18n/i18n';
import { errorText } from './error-text';

const nl = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('nl', key, vars);

describe('error text', () => {
  it("shows the server's detail as it came (in the language the request asked for)", () => {
    expect(errorText(new ApiError(404, '/problems/not-found', 'Bedrijf bestaat niet.'), nl)).toBe('Bedrijf bestaat niet.');
  });

  it('words a lost connection and an answer without a problem body in the UI language', () => {
    expect(errorText(new ApiError(0, '', ''), nl)).toBe(translate('nl', 'common.networkError'));
    expect(errorText(new ApiError(502, '', ''), nl)).toBe(translate('nl', 'common.serverError', { status: 502 }));
  });
});
