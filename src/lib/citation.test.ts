import { describe, expect, test } from 'vitest';
import { bibtexEntry, bibtexName, bibtexText } from './citation.ts';

describe('bibtexEntry', () => {
  test('cites an arXiv paper as arXiv does, with the year it was published and no authors when none are known', () => {
    // content/papers/titans-learning-to-memorize-at-test-time.md
    expect(
      bibtexEntry({ arxiv: '2501.00663', title: 'Titans: Learning to Memorize at Test Time', published: '2024-12-31' }),
    ).toBe(
      [
        '@misc{arxiv-2501.00663,',
        '  title = {Titans: Learning to Memorize at Test Time},',
        '  year = {2024},',
        '  eprint = {2501.00663},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2501.00663},',
        '}',
      ].join('\n'),
    );
  });

  test('writes the author names it is given, first, joined by “and”', () => {
    expect(
      bibtexEntry({
        arxiv: '2501.00663',
        title: 'Titans: Learning to Memorize at Test Time',
        published: '2024-12-31',
        authors: ['Ali Behrouz', 'Peilin Zhong', 'Vahab Mirrokni'],
      }).split('\n')[1],
    ).toBe('  author = {Ali Behrouz and Peilin Zhong and Vahab Mirrokni},');
  });

  test('ends the authors with “and others” when the paper has more authors than names', () => {
    // src/model/fixtures/daily-papers-2025-01-01.json: five authors, one of them hidden on the Hub.
    expect(
      bibtexEntry({
        arxiv: '2112.10752',
        title: 'High-Resolution Image Synthesis with Latent Diffusion Models',
        published: '2021-12-20',
        authors: ['Robin Rombach', 'Andreas Blattmann', 'Patrick Esser', 'Björn Ommer'],
        authorCount: 5,
      }),
    ).toBe(
      [
        '@misc{arxiv-2112.10752,',
        '  author = {Robin Rombach and Andreas Blattmann and Patrick Esser and Bj{\\"o}rn Ommer and others},',
        '  title = {High-Resolution Image Synthesis with Latent Diffusion Models},',
        '  year = {2021},',
        '  eprint = {2112.10752},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2112.10752},',
        '}',
      ].join('\n'),
    );
  });

  test('writes no “and others” when every author is named, and no author field for a count alone', () => {
    const titans = { arxiv: '2501.00663', title: 'Titans: Learning to Memorize at Test Time', published: '2024-12-31' };
    expect(
      bibtexEntry({ ...titans, authors: ['Ali Behrouz', 'Peilin Zhong', 'Vahab Mirrokni'], authorCount: 3 }),
    ).toContain('  author = {Ali Behrouz and Peilin Zhong and Vahab Mirrokni},');
    expect(bibtexEntry({ ...titans, authorCount: 3 })).not.toContain('author');
  });

  test('gives an old-style id a key without its slash, and no year without a published date', () => {
    expect(
      bibtexEntry({
        arxiv: 'hep-th/9711200',
        title: 'The Large N Limit of Superconformal Field Theories and Supergravity',
        published: undefined,
      }),
    ).toBe(
      [
        '@misc{arxiv-hep-th-9711200,',
        '  title = {The Large {N} Limit of Superconformal Field Theories and Supergravity},',
        '  eprint = {hep-th/9711200},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/hep-th/9711200},',
        '}',
      ].join('\n'),
    );
  });

  test('escapes the title, and its braces stay balanced whatever the title holds', () => {
    const entry = bibtexEntry({
      arxiv: '2202.09817',
      title:
        '$\\mathcal{Y}$-Tuning: An Efficient Tuning Paradigm for Large-Scale Pre-Trained Models via Label Representation Learning',
      published: '2022-02-20',
    });
    expect(entry.split('\n')[1]).toBe(
      '  title = {\\${\\textbackslash}mathcal{\\textbraceleft}{Y}{\\textbraceright}\\$-Tuning: An Efficient Tuning Paradigm for Large-Scale Pre-Trained Models via Label Representation Learning},',
    );
    let depth = 0;
    for (const character of entry) {
      depth += character === '{' ? 1 : character === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

describe('bibtexName', () => {
  test('writes a name as given, First Last, its capitals unbraced', () => {
    expect(bibtexName('Ali Behrouz')).toBe('Ali Behrouz');
    expect(bibtexName('Ian McKenzie')).toBe('Ian McKenzie');
  });

  test('escapes what LaTeX would read as commands, and writes letters beyond ASCII as commands', () => {
    expect(bibtexName('Björn Ommer')).toBe('Bj{\\"o}rn Ommer');
    expect(bibtexName('Łukasz Kaiser')).toBe('{\\L}ukasz Kaiser');
    expect(bibtexName('A_B & $C}')).toBe('A\\_B \\& \\$C{\\textbraceright}');
  });

  test('braces what BibTeX would read as a separator, a “Last, First” comma or “et al.”', () => {
    expect(bibtexName('Tom and Jerry')).toBe('Tom {and} Jerry');
    expect(bibtexName('AND Smith')).toBe('{AND} Smith');
    expect(bibtexName('Alexander Andersen')).toBe('Alexander Andersen');
    expect(bibtexName('John Smith, Jr.')).toBe('John Smith{,} Jr.');
    expect(bibtexName('others')).toBe('{others}');
  });
});

describe('bibtexText', () => {
  // Real titles: from content/papers/, or as arXiv lists them (the id in each comment).
  test('escapes an ampersand, and keeps the case of words with capitals inside', () => {
    expect(
      bibtexText('DesignEdit: Multi-Layered Latent Decomposition and Fusion for Unified & Accurate Image Editing'),
    ).toBe('{DesignEdit}: Multi-Layered Latent Decomposition and Fusion for Unified \\& Accurate Image Editing');
    expect(bibtexText("Anchored Answers: Unravelling Positional Bias in GPT-2's Multiple-Choice Questions")).toBe(
      "Anchored Answers: Unravelling Positional Bias in {GPT}-2's Multiple-Choice Questions",
    );
  });

  test('keeps a capital letter on its own, but for the article A', () => {
    // arXiv hep-th/9711200, and content/papers/
    expect(bibtexText('The Large N Limit of Superconformal Field Theories and Supergravity')).toBe(
      'The Large {N} Limit of Superconformal Field Theories and Supergravity',
    );
    expect(bibtexText('A Little Bit Attention Is All You Need for Person Re-Identification')).toBe(
      'A Little Bit Attention Is All You Need for Person Re-Identification',
    );
  });

  test('escapes dollars, backslashes and underscores, so LaTeX left in a title prints as it reads', () => {
    // arXiv 2410.24164
    expect(bibtexText('$\\pi_0$: A Vision-Language-Action Flow Model for General Robot Control')).toBe(
      '\\${\\textbackslash}pi\\_0\\$: A Vision-Language-Action Flow Model for General Robot Control',
    );
  });

  test('escapes a number sign, a percent sign and a caret', () => {
    // arXiv 2308.07074
    expect(
      bibtexText('#InsTag: Instruction Tagging for Analyzing Supervised Fine-tuning of Large Language Models'),
    ).toBe('\\#{InsTag}: Instruction Tagging for Analyzing Supervised Fine-tuning of Large Language Models');
    // arXiv 2309.14174
    expect(
      bibtexText('Only 5% Attention Is All You Need: Efficient Long-range Document-level Neural Machine Translation'),
    ).toBe('Only 5\\% Attention Is All You Need: Efficient Long-range Document-level Neural Machine Translation');
    // arXiv 2211.12402
    expect(bibtexText('X$^2$-VLM: All-In-One Pre-trained Model For Vision-Language Tasks')).toBe(
      '{X}\\${\\textasciicircum}2\\$-{VLM}: All-In-One Pre-trained Model For Vision-Language Tasks',
    );
  });

  test('writes a tilde and unmatched braces as commands, as BibTeX counts every brace', () => {
    // Not a real title: no listing so far had a tilde or an unmatched brace in one.
    expect(bibtexText('Sparse ~1B models } {')).toBe(
      'Sparse {\\textasciitilde}{1B} models {\\textbraceright} {\\textbraceleft}',
    );
  });

  test('writes letters beyond ASCII as LaTeX commands, math in braces so no style changes its case', () => {
    expect(
      bibtexText(
        'λ-ECLIPSE: Multi-Concept Personalized Text-to-Image Diffusion Models by Leveraging CLIP Latent Space',
      ),
    ).toBe(
      '{$\\lambda$}-{ECLIPSE}: Multi-Concept Personalized Text-to-Image Diffusion Models by Leveraging {CLIP} Latent Space',
    );
  });

  test('writes a title on one line', () => {
    expect(bibtexText('Titans:\n  Learning  to Memorize at Test Time ')).toBe(
      'Titans: Learning to Memorize at Test Time',
    );
  });
});
