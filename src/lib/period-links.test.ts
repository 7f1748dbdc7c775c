import { describe, expect, test } from 'vitest';
import { formatDate } from './format.ts';
import { periodLinks } from './period-links.ts';

describe('periodLinks', () => {
  test('names each neighbour with what it is and its dates, and addresses its page', () => {
    expect(
      periodLinks('day', { previous: '2026-02-16', next: '2026-04-20' }, formatDate, (id) => `/digests/${id}/`),
    ).toEqual({
      previous: { text: 'Previous day: Feb 16, 2026', href: '/digests/2026-02-16/' },
      next: { text: 'Next day: Apr 20, 2026', href: '/digests/2026-04-20/' },
    });
  });

  test('gives no link where there is no neighbour', () => {
    expect(
      periodLinks(
        'month',
        { previous: '2026-03', next: undefined },
        (id) => id,
        (id) => `/months/${id}/`,
      ),
    ).toEqual({ previous: { text: 'Previous month: 2026-03', href: '/months/2026-03/' }, next: undefined });
  });
});
