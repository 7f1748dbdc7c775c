import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ContentError, ContentErrors } from '../../src/model/content-error.ts';
import { capture } from '../../src/model/fixtures/capture-snippets.ts';
import { digest, STVG, TPLA } from '../../src/model/fixtures/digest-snippets.ts';
import { ingest, type IngestOptions } from './ingest.ts';

let root: string;
let options: IngestOptions;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ingest-'));
  await cp('content/digests', join(root, 'digests'), { recursive: true });
  await cp('content/topics', join(root, 'topics'), { recursive: true });
  options = {
    digestsDir: join(root, 'digests'),
    outDir: join(root, 'papers'),
    topicsDir: join(root, 'topics'),
    check: false,
    rewrite: false,
    cwd: root,
  };
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every paper file's text, by file name. */
async function papers(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(options.outDir)).sort())
    files[name] = await readFile(join(options.outDir, name), 'utf8');
  return files;
}

async function ingestErrors(overrides: Partial<IngestOptions> = {}): Promise<string[]> {
  try {
    await ingest({ ...options, ...overrides });
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map((each) => each.message);
    if (error instanceof ContentError) return [error.message];
    throw error;
  }
  throw new Error('expected ingest to fail');
}

describe('ingest', () => {
  test('turns the real digests into one file per distinct paper', async () => {
    const result = await ingest(options);
    expect(result.digests.map((each) => [each.file, each.date])).toEqual([
      ['digests/002_07ad6c0b32a76128.txt', '2026-02-16'],
      ['digests/003_d6250bd47c7b50f6.txt', '2026-04-20'],
      ['digests/004_a694c269b68bac59.txt', '2026-03-03'],
      ['digests/2026-10-02.md', '2026-10-02'],
    ]);
    expect(result.report).toMatchObject({ entries: 220, duplicates: 8 });
    expect(result.papers).toHaveLength(212);
    expect(Object.keys(await papers())).toHaveLength(212);
    expect(result.report.incomplete).toEqual([
      {
        file: 'digests/004_a694c269b68bac59.txt',
        line: 189,
        title: 'LatentLens: Revealing Highly Interpretable Visual Tokens in LLMs',
        missing: ['authors', 'published'],
      },
    ]);
  });

  test('finds the repositories the real abstracts and listings name', async () => {
    await ingest(options);
    const repos = Object.values(await papers())
      .flatMap((text) => /\nrepos:\n((?: {2}- .*\n)*)/.exec(text)?.[1]?.split('\n') ?? [])
      .filter(Boolean)
      .map((line) => line.slice(4))
      .sort();
    expect(repos).toEqual([
      'https://github.com/BienLuky/Rectified-SpaAttn',
      'https://github.com/CompVis/latent-diffusion',
      'https://github.com/GATECH-EIC/ACT',
      'https://github.com/HazyResearch/zoology',
      'https://github.com/Hey1Li/Salient-Relevance-Propagation',
      'https://github.com/Huage001/CLEAR',
      'https://github.com/ICML26-anon/XFactors',
      'https://github.com/IllDepence/unarXive',
      'https://github.com/KlozeWang/DeepWeaver',
      'https://github.com/LMMMEng/OverLoCK',
      'https://github.com/LQgdwind/CiteRAG',
      'https://github.com/MyLove-XAB/KDDCupFinal',
      'https://github.com/SjJ1017/Citekit',
      'https://github.com/Ten-Mao/DiscRec',
      'https://github.com/TheoSourget/Public_Medical_Datasets_References',
      'https://github.com/TheoSourget/pdf_annotator',
      'https://github.com/WhyDwelledOnAi/Perplexity-Trap',
      'https://github.com/YulongBonjour/See_Through_Their_Minds',
      'https://github.com/ZunhaiSu/Awesome-Attention-Sink',
      'https://github.com/aaFrostnova/CiteTracer',
      'https://github.com/abdelfattah-lab/xKV',
      'https://github.com/adipiz99/lava-framework',
      'https://github.com/alibaba-mmai-research/DiST',
      'https://github.com/allenai/aspire',
      'https://github.com/causalNLP/causal-cite',
      'https://github.com/cheerss/SciPIP',
      'https://github.com/intcomp/attention-bias',
      'https://github.com/jacobfa/mot',
      'https://github.com/junjie-shentu/AttenCraft',
      'https://github.com/lmarena/search-arena',
      'https://github.com/microsoft/hallucinated-references',
      'https://github.com/opendatalab/CiteVQA',
      'https://github.com/pspdada/SENTINEL',
      'https://github.com/robintibor/braindecode',
      'https://github.com/ruizheliUOA/Anchored_Bias_GPT2',
      'https://github.com/zaiquanyang/LLaVA_Next_STVG',
      'https://github.com/ziplab/LITv2',
    ]);
  });

  test('merges a paper listed in all three digests into one file with its whole history', async () => {
    await ingest(options);
    const text = (await papers())['deconstructing-attention-investigating-design-principles-for-effective-language.md'];
    expect(text).toContain(`appearances:
  - digest: "2026-02-16"
    comments: 2
  - digest: "2026-03-03"
    comments: 2
  - digest: "2026-04-20"
    comments: 2
comments: 2
`);
  });

  test('writes exactly the committed papers', async () => {
    await ingest(options);
    const committed: Record<string, string> = {};
    for (const name of (await readdir('content/papers')).sort())
      committed[name] = await readFile(join('content/papers', name), 'utf8');
    expect(await papers()).toEqual(committed);
  });

  test('changes no byte on a second run, and says so', async () => {
    await ingest(options);
    const first = await papers();
    const again = await ingest(options);
    expect(again.outOfDate).toEqual([]);
    expect(again.papers.every((paper) => paper.status === 'unchanged')).toBe(true);
    expect(await papers()).toEqual(first);
  });

  test('keeps hand edits when a new digest lists the paper again', async () => {
    await ingest(options);
    const file = join(
      options.outDir,
      'unleashing-the-potential-of-multimodal-llms-for-zero-shot-spatio-temporal-video.md',
    );
    const edited = (await readFile(file, 'utf8'))
      .replace('title: Unleashing the Potential', 'title: Unleashing The Potential')
      .replace('links: []', '# Added by a reader.\nlinks:\n  - https://example.org/stvg-demo')
      .replace(/topics:\n(?: {2}- .*\n)+/, 'topics:\n  - hallucination\n')
      .concat('\nA note a reader added, with **emphasis**.\n');
    await writeFile(file, edited);
    await writeFile(
      join(options.digestsDir, '2026-05-01.txt'),
      digest('May 1', [...STVG.slice(0, 6), 'Sep 18, 2025 9'], TPLA),
    );

    const result = await ingest(options);

    const merged = await readFile(file, 'utf8');
    expect(merged).toBe(
      edited.replace(
        '    comments: 2\ncomments: 2\n',
        '    comments: 2\n  - digest: "2026-05-01"\n    comments: 9\ncomments: 9\n',
      ),
    );
    expect(result.outOfDate.map((paper) => [paper.slug, paper.status])).toEqual([
      ['unleashing-the-potential-of-multimodal-llms-for-zero-shot-spatio-temporal-video', 'updated'],
      ['tpla-tensor-parallel-latent-attention-for-efficient-disaggregated-prefill-and', 'updated'],
    ]);
  });

  test('finds a paper by its listed title after its title was fixed', async () => {
    await ingest(options);
    const file = join(options.outDir, 'superlinear-multi-step-attention.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        'title: Superlinear Multi-Step Attention\n',
        'title: Super-linear multi-step attention\n',
      ),
    );
    const result = await ingest(options);
    expect(result.outOfDate).toEqual([]);
    expect(Object.keys(await papers())).toHaveLength(212);
  });

  test('reads the real trending capture beside the other digests: one file per paper, with ids and upvotes', async () => {
    await cp('../shared/captures/hf-trending-html-extractor.md', join(options.digestsDir, '2026-10-05.md'));
    const result = await ingest(options);
    expect(result.report).toMatchObject({ entries: 270, duplicates: 8 });
    expect(result.papers).toHaveLength(262);
    expect(result.papers.filter((paper) => paper.paper.arxiv !== undefined)).toHaveLength(170);
    const kandinsky = await readFile(
      join(options.outDir, 'kandinsky-6-0-video-foundation-models-for-synchronized-video-and-audio.md'),
      'utf8',
    );
    expect(kandinsky).toMatch(
      /^---\ntitle: "Kandinsky 6\.0 Video: .*"\nlisted_title: ".*"\narxiv: "2610\.05608"\npublished: "2026-10-04"\norganization:\n {2}id: kandinskylab\n {2}name: Kandinsky Lab\nappearances:\n {2}- digest: "2026-10-05"\n {4}comments: 0\n {4}upvotes: 117\ncomments: 0\nupvotes: 117\nrepos:\n {2}- https:\/\/github\.com\/kandinskylab\/kandinsky-6\n/,
    );
    const again = await ingest(options);
    expect(again.outOfDate).toEqual([]);
  });

  test('keeps an arXiv id a contributor added, and finds the paper by it when a capture titles it otherwise', async () => {
    await ingest(options);
    const file = join(options.outDir, 'titans-learning-to-memorize-at-test-time.md');
    const withId = (await readFile(file, 'utf8')).replace('\npublished:', '\narxiv: "2501.00663"\npublished:');
    await writeFile(file, withId);
    await writeFile(
      join(options.digestsDir, '2026-10-02.md'),
      capture(
        ['Oct 2'],
        [
          '[812](https://huggingface.co/login?next=%2Fpapers%2F2501.00663)',
          '',
          '### [Titans: Learning to Memorize at Test Time (extended)](https://huggingface.co/papers/2501.00663)',
          '',
          '[- 3 authors](https://huggingface.co/papers/2501.00663)',
          '',
          '·',
          '',
          'Dec 31, 2024[4](https://huggingface.co/papers/2501.00663#community)',
        ],
      ),
    );
    const result = await ingest(options);
    expect(result.outOfDate.map((paper) => paper.slug)).toEqual(['titans-learning-to-memorize-at-test-time']);
    const merged = await readFile(file, 'utf8');
    expect(merged).toContain('\ntitle: "Titans: Learning to Memorize at Test Time"\n');
    expect(merged).toContain('\narxiv: "2501.00663"\n');
    expect(merged).toMatch(/ {2}- digest: "2026-10-02"\n {4}comments: 4\n {4}upvotes: 812\ncomments: 4\n/);
    await ingest({ ...options, rewrite: true });
    expect(await readFile(file, 'utf8')).toContain('\narxiv: "2501.00663"\n');
  });

  test("merges the daily papers API's answer with the text digests that list its papers by title", async () => {
    await cp('src/model/fixtures/daily-papers-2025-01-01.json', join(options.digestsDir, '2025-01-01.json'));
    const result = await ingest(options);
    // Both of its papers are in the text digests, by title only: the answer adds no paper, only what it knows.
    expect(result.papers).toHaveLength(212);
    const titans = (await papers())['titans-learning-to-memorize-at-test-time.md'];
    expect(titans).toMatch(
      /^---\ntitle: "Titans: Learning to Memorize at Test Time"\nlisted_title: "Titans: Learning to Memorize at Test Time"\narxiv: "2501\.00663"\npublished: "2024-12-31"\nauthors: 3\nauthor_names:\n {2}- Ali Behrouz\n {2}- Peilin Zhong\n {2}- Vahab Mirrokni\norganization:\n {2}id: google\n {2}name: Google\nappearances:\n {2}- digest: "2025-01-01"\n {4}comments: 3\n {4}upvotes: 78\n {2}- digest: "2026-02-16"\n {4}comments: 3\ncomments: 3\nupvotes: 78\nrepos: \[\]\n/,
    );
    const diffusion = (await papers())['high-resolution-image-synthesis-with-latent-diffusion-models.md'];
    expect(diffusion).toContain(
      '\nauthors: 5\nauthor_names:\n  - Robin Rombach\n  - Andreas Blattmann\n  - Patrick Esser\n  - Björn Ommer\n',
    );
    expect(diffusion).toContain(
      '\ngithub_stars: 13241\nrepos:\n  - https://github.com/CompVis/latent-diffusion\nlinks:\n  - https://ommer-lab.com/research/latent-diffusion-models\n',
    );
    expect((await ingest(options)).outOfDate).toEqual([]);
  });

  test("fills the names the daily papers API gives into existing files, and keeps the files' own", async () => {
    await ingest(options);
    const file = join(options.outDir, 'titans-learning-to-memorize-at-test-time.md');
    const edited = (await readFile(file, 'utf8')).replace('\ntitle: "Titans: Learning', '\ntitle: "TITANS: Learning');
    await writeFile(file, edited);
    await cp('src/model/fixtures/daily-papers-2025-01-01.json', join(options.digestsDir, '2025-01-01.json'));
    await ingest(options);
    const merged = await readFile(file, 'utf8');
    expect(merged).toContain('\ntitle: "TITANS: Learning to Memorize at Test Time"\n');
    expect(merged).toContain('\narxiv: "2501.00663"\n');
    expect(merged).toContain('\nauthor_names:\n  - Ali Behrouz\n  - Peilin Zhong\n  - Vahab Mirrokni\n');
    expect(merged).toContain('\norganization:\n  id: google\n  name: Google\n');
    const stars = join(options.outDir, 'high-resolution-image-synthesis-with-latent-diffusion-models.md');
    expect(await readFile(stars, 'utf8')).toContain('\ngithub_stars: 13241\n');
    expect((await ingest(options)).outOfDate).toEqual([]);
  });

  test('refuses two paper files with one arXiv id, naming both', async () => {
    await ingest(options);
    for (const slug of ['titans-learning-to-memorize-at-test-time', 'superlinear-multi-step-attention']) {
      const file = join(options.outDir, `${slug}.md`);
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace('\nappearances:', '\narxiv: "2501.00663"\nappearances:'),
      );
    }
    expect(await ingestErrors()).toEqual([
      expect.stringMatching(
        /^papers\/titans-learning-to-memorize-at-test-time\.md:\d+: has the arXiv id of papers\/superlinear-multi-step-attention\.md; expected one file per paper$/,
      ) as unknown,
    ]);
  });

  test('rewrites every file from the digests on request, keeping slugs', async () => {
    await ingest(options);
    const pristine = await papers();
    const file = join(options.outDir, 'superlinear-multi-step-attention.md');
    await writeFile(file, (await readFile(file, 'utf8')).concat('\nHand-written note.\n'));
    await ingest({ ...options, rewrite: true });
    expect(await papers()).toEqual(pristine);
  });

  test('with check, writes nothing and lists what is out of date', async () => {
    const result = await ingest({ ...options, check: true });
    expect(result.outOfDate).toHaveLength(212);
    await expect(readdir(options.outDir)).rejects.toThrow('ENOENT');
    await ingest(options);
    const file = join(options.outDir, 'superlinear-multi-step-attention.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\ncomments: \d+\n/, '\ncomments: 99\n'));
    expect((await ingest({ ...options, check: true })).outOfDate.map((paper) => paper.slug)).toEqual([
      'superlinear-multi-step-attention',
    ]);
  });

  test('writes nothing at all when one digest is bad, naming the file and line', async () => {
    await writeFile(
      join(options.digestsDir, '2026-05-01.txt'),
      digest('May 1', [...STVG.slice(0, 6), 'Sept 18, 2025']),
    );
    expect(await ingestErrors()).toEqual([
      'digests/2026-05-01.txt:19: expected a date line like "Sep 18, 2025" or "Apr 10", optionally followed by the comment count, found "Sept 18, 2025"',
    ]);
    await expect(readdir(options.outDir)).rejects.toThrow('ENOENT');
  });

  test('reports every bad digest in one run', async () => {
    await writeFile(join(options.digestsDir, 'empty.txt'), '');
    await writeFile(
      join(options.digestsDir, 'image.txt'),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]),
    );
    await writeFile(join(options.digestsDir, 'untitled.txt'), digest('Feb 20', STVG.slice(2)));
    expect(await ingestErrors()).toEqual([
      'digests/empty.txt:1: the file is empty; expected a daily papers listing (a "Daily Papers" header, its date, then entries)',
      'digests/image.txt:3: expected UTF-8 text, found a NUL byte (is this a binary file?)',
      expect.stringMatching(
        /^digests\/untitled\.txt:13: expected a paper title \(a single short line\) before this abstract/,
      ) as unknown,
    ]);
  });

  test('reports a folder in the digests folder together with every bad digest', async () => {
    await mkdir(join(options.digestsDir, 'drafts'));
    await writeFile(join(options.digestsDir, 'empty.txt'), '');
    expect(await ingestErrors()).toEqual([
      'digests/drafts: is not a plain file; expected only files in the digests folder',
      'digests/empty.txt:1: the file is empty; expected a daily papers listing (a "Daily Papers" header, its date, then entries)',
    ]);
    await expect(readdir(options.outDir)).rejects.toThrow('ENOENT');
  });

  test('refuses a digest file in no known format, and a Markdown or JSON file that is no listing', async () => {
    await cp(join(options.digestsDir, '002_07ad6c0b32a76128.txt'), join(options.digestsDir, '2026-05-01.html'));
    await cp(join(options.digestsDir, '002_07ad6c0b32a76128.txt'), join(options.digestsDir, '2026-05-02.md'));
    await cp(join(options.digestsDir, '002_07ad6c0b32a76128.txt'), join(options.digestsDir, '2026-05-03.json'));
    expect(await ingestErrors()).toEqual([
      'digests/2026-05-01.html: expected digest files named <name>.txt or <name>.md or <name>.json in the digests folder',
      'digests/2026-05-02.md: no paper found; expected a capture of a papers listing, each paper a heading that links its page, like "### [Title](https://huggingface.co/papers/2501.00663)"',
      "digests/2026-05-03.json:1: is not valid JSON (invalid symbol); expected the daily papers API's answer",
    ]);
  });

  test('refuses two files for the same digest date', async () => {
    await cp(join(options.digestsDir, '002_07ad6c0b32a76128.txt'), join(options.digestsDir, 'copy.txt'));
    expect(await ingestErrors()).toEqual([
      'digests/copy.txt: is the digest of 2026-02-16, like digests/002_07ad6c0b32a76128.txt; expected one file per digest date',
    ]);
  });

  test('refuses an unreadable digests folder', async () => {
    expect(await ingestErrors({ digestsDir: join(root, 'missing') })).toEqual([
      expect.stringMatching(/^missing: cannot read the digests folder: ENOENT/) as unknown,
    ]);
  });

  test('refuses to merge into a paper file whose frontmatter is invalid, naming the field', async () => {
    await ingest(options);
    const file = join(options.outDir, 'superlinear-multi-step-attention.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\ncomments: \d+\n/, '\ncomments: many\n'));
    expect(await ingestErrors()).toEqual([
      'papers/superlinear-multi-step-attention.md:9: field "comments": Invalid input: expected number, received string',
    ]);
  });

  test('refuses a digest that is a symbolic link, by name, and writes nothing', async () => {
    await symlink(join(options.digestsDir, '004_a694c269b68bac59.txt'), join(options.digestsDir, 'latest.txt'));
    expect(await ingestErrors()).toEqual([
      'digests/latest.txt: is not a plain file; expected only files in the digests folder',
    ]);
    await expect(readdir(options.outDir)).rejects.toThrow('ENOENT');
  });
});

describe('npm run ingest', () => {
  test('ends with a summary, and with --check exits 1 when papers are out of date', async () => {
    await mkdir(options.outDir);
    const run = (...args: string[]): ReturnType<typeof spawnSync> =>
      spawnSync(
        process.execPath,
        [
          'scripts/ingest.ts',
          '--digests',
          options.digestsDir,
          '--out',
          options.outDir,
          '--topics',
          options.topicsDir,
          ...args,
        ],
        {
          encoding: 'utf8',
        },
      );
    const check = run('--check');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      'check: 212 paper file(s) out of date with the digests; run "npm run ingest" and commit the result:',
    );
    const write = run();
    expect(write.status).toBe(0);
    expect(write.stdout).toContain('papers:              212 (new 212, updated 0, unchanged 0)');
    expect(write.stdout).toContain('duplicates merged:   8');
    expect(write.stdout).toContain('papers with code:    36');
    expect(run('--check').stdout).toContain('check: every paper is up to date with the digests.');
    expect(run().stdout).toContain('Nothing changed: every paper file was already up to date.');
    const bad = run('--bogus');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("ingest: Unknown option '--bogus'");
  });
});
