import { describe, expect, test } from 'vitest';
import { authorsText, shownAuthors } from './author-names.ts';

// From src/model/fixtures/daily-papers-2025-01-01.json: the latent diffusion paper has five authors, one hidden.
const latentDiffusion = {
  authors: 5,
  author_names: ['Robin Rombach', 'Andreas Blattmann', 'Patrick Esser', 'Björn Ommer'],
};
const titans = { authors: 3, author_names: ['Ali Behrouz', 'Peilin Zhong', 'Vahab Mirrokni'] };

describe('shownAuthors', () => {
  test('names every author it knows, and counts those the listing counted but did not name', () => {
    expect(shownAuthors(titans)).toEqual({ names: titans.author_names, more: 0 });
    expect(shownAuthors(latentDiffusion)).toEqual({ names: latentDiffusion.author_names, more: 1 });
  });

  test('stops at the limit, counting the rest, hidden ones too', () => {
    expect(shownAuthors(latentDiffusion, 3)).toEqual({
      names: ['Robin Rombach', 'Andreas Blattmann', 'Patrick Esser'],
      more: 2,
    });
    expect(shownAuthors(titans, 3)).toEqual({ names: titans.author_names, more: 0 });
  });

  test('takes the names as the count when there is no count, or a smaller one', () => {
    expect(shownAuthors({ author_names: ['Ali Behrouz'] })).toEqual({ names: ['Ali Behrouz'], more: 0 });
    expect(shownAuthors({ authors: 1, author_names: ['Ali Behrouz', 'Peilin Zhong'] }).more).toBe(0);
  });

  test('names nobody, and counts everybody, when the listing gave only a count', () => {
    expect(shownAuthors({ authors: 6 }, 3)).toEqual({ names: [], more: 6 });
    expect(shownAuthors({})).toEqual({ names: [], more: 0 });
  });
});

describe('authorsText', () => {
  test('lists the names, then how many more there are', () => {
    expect(authorsText(shownAuthors(latentDiffusion, 3))).toBe(
      'Robin Rombach, Andreas Blattmann, Patrick Esser and 2 more',
    );
    expect(authorsText(shownAuthors(titans, 3))).toBe('Ali Behrouz, Peilin Zhong, Vahab Mirrokni');
  });
});
