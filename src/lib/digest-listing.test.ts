import { describe, expect, test } from 'vitest';
import { capture, FIRECRAWL_TOP, OCC_RAG } from '../model/fixtures/capture-snippets.ts';
import { orderDigest, readDigestListing } from './digest-listing.ts';

/** The opening of the real digest of Mar 3, 2026 (content/digests/004_a694c269b68bac59.txt), abstracts cut. */
const DIGEST = `New

Get trending papers in your email inbox!

Subscribe

Daily Papers

byAK and the research community

Mar 3

Zebra-Llama: Towards Extremely Efficient Hybrid Models

With the growing demand for deploying large language models (LLMs) across diverse applications, improving their inference efficiency is crucial.

  • 5 authors
·
May 22, 2025

TransMLA: Multi-head Latent Attention Is All You Need

Modern large language models (LLMs) often encounter communication bottlenecks on current hardware.

  • 3 authors
·
Feb 11, 2025 9

Zebra-Llama: Towards Extremely Efficient Hybrid Models

Listed again further down, as digests sometimes do.

  • 5 authors
·
May 22, 2025 2
`;

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readDigestListing', () => {
  test('reads the date and each entry’s paper identity and line, in listing order', () => {
    expect(readDigestListing('content/digests/2026-03-03.txt', bytes(DIGEST))).toEqual({
      file: 'content/digests/2026-03-03.txt',
      date: '2026-03-03',
      entries: [
        { key: 'zebra llama towards extremely efficient hybrid models', line: 13 },
        { key: 'transmla multi head latent attention is all you need', line: 21 },
        { key: 'zebra llama towards extremely efficient hybrid models', line: 29 },
      ],
    });
  });

  test('identifies a paper by its title with LaTeX cleaned, as the content script does', () => {
    const text = DIGEST.replace('TransMLA: Multi-head', '{\\bf TransMLA}: Multi-head');
    expect(readDigestListing('content/digests/2026-03-03.txt', bytes(text)).entries[1]?.key).toBe(
      'transmla multi head latent attention is all you need',
    );
  });

  test('reports a file that is not a digest with its name and line', () => {
    expect(() => readDigestListing('content/digests/2026-03-03.txt', bytes('Hello\n'))).toThrow(
      /^content\/digests\/2026-03-03\.txt:1: expected a daily papers listing/,
    );
  });
});

describe('orderDigest', () => {
  const listing = readDigestListing('content/digests/2026-03-03.txt', bytes(DIGEST));

  test('gives the papers’ slugs in listing order, a paper listed twice in its first place', () => {
    const byKey = new Map([
      ['zebra llama towards extremely efficient hybrid models', 'zebra-llama'],
      ['transmla multi head latent attention is all you need', 'transmla'],
    ]);
    expect(orderDigest(listing, { byKey, byArxiv: new Map() })).toEqual(['zebra-llama', 'transmla']);
  });

  test('finds a paper a capture lists by its arXiv id first, whatever title its file keeps', () => {
    const captured = readDigestListing('content/digests/2026-10-02.md', bytes(capture(FIRECRAWL_TOP, OCC_RAG)));
    expect(captured.entries).toEqual([
      { key: 'occ rag optimal cognitive core for faithful question answering', arxiv: '2606.00683', line: 33 },
    ]);
    const slugs = { byKey: new Map([['occ rag', 'by-title']]), byArxiv: new Map([['2606.00683', 'occ-rag']]) };
    expect(orderDigest(captured, slugs)).toEqual(['occ-rag']);
  });

  test('fails on a listed paper without a file, naming the digest and the line', () => {
    expect(() =>
      orderDigest(listing, {
        byKey: new Map([['zebra llama towards extremely efficient hybrid models', 'z']]),
        byArxiv: new Map(),
      }),
    ).toThrow(
      'content/digests/2026-03-03.txt:21: this paper has no file in content/papers/; expected one whose listed_title matches it (run `npm run ingest`)',
    );
  });
});
