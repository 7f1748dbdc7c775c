import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, serializeCsp } from './csp.ts';

describe('serializeCsp', () => {
  test('joins each directive with its sources, directives by semicolons', () => {
    expect(serializeCsp({ 'default-src': ["'self'"], 'script-src': ["'self'", "'wasm-unsafe-eval'"] })).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
    );
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  test('allows the site’s own scripts and WebAssembly, and no inline script or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });
});
