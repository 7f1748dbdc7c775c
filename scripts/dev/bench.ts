// The scale benchmark: `npm run bench [-- --papers N] [--seed S]`. Never a test: it takes minutes.
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, totalmem } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, indexSecondsInLog, measure, type StageCost } from './bench/measure.ts';
import { formatJsonLine, formatTable, type BenchResult } from './bench/report.ts';
import { generateDigests, type GeneratedDigest } from './generate/synthetic-digests.ts';
import { pageWeight } from './bench/page-weight.ts';
import { costByKind, searchCost } from './bench/search-cost.ts';
import { searchLatency } from './bench/search-latency.ts';
import { parseCli } from '../shared/parse-cli.ts';

const USAGE = `Usage: npm run bench -- [--papers N] [--seed S] [--names]

Runs the real pipeline (ingest, astro build, the search index) on generated archives of 1k, 10k and
50k papers in a scratch copy of the project under .bench/ (content/ is never touched), then the daily
update: one more 50-entry digest, ingested, built and indexed again. Prints a table, then one JSON
line per size.

  --papers N   run one archive size instead of all three
  --seed S     generator seed (default 1)
  --names      digests as the daily papers API's answers, which name the authors (so the site has
               author pages), instead of copied listing pages; the same papers otherwise`;

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SIZES = [1000, 10_000, 50_000];
/** What the site needs to build; everything else (tests, content/papers, dist) stays behind. */
const COPIED = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'public', 'content/topics'];
/** Build caches live in node_modules; the scratch copy gets its own, so the project's are never written. */
const CACHES = new Set(['.astro', '.vite', '.cache']);
const UPDATE_ENTRIES = 50;
/** The query `search_first_kb` reports (the generated text's most common topic word: a heavy case), then others. */
const QUERIES = ['attention', 'retrieval', 'diffusion policy', 'sparse autoencoder', 'speculative decoding'];

interface Pipeline {
  ingest: string;
  build: string[];
  /** The project's own index step, or undefined when the build script has none. */
  index: string[] | undefined;
}

async function main(): Promise<number> {
  const cli = parseCli('bench', USAGE, {
    papers: { type: 'string' },
    seed: { type: 'string', default: '1' },
    names: { type: 'boolean', default: false },
  });
  if ('exit' in cli) return cli.exit;
  const { values } = cli;
  const sizes = values.papers === undefined ? SIZES : [Number(values.papers)];
  if (sizes.some((size) => !Number.isSafeInteger(size) || size < 1)) {
    console.error(`bench: --papers expects a whole number of at least 1\n\n${USAGE}`);
    return 2;
  }
  console.log(
    `bench: ${new Date().toISOString()}, Node ${process.version}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, seed ${values.seed}${values.names ? ', author names' : ''}`,
  );
  const results: BenchResult[] = [];
  const failures: string[] = [];
  for (const papers of sizes) {
    try {
      results.push(await benchSize(papers, values.seed, values.names));
    } catch (error) {
      failures.push(`${papers} papers: ${(error as Error).message}`);
      console.error(`bench: ${papers} papers failed: ${(error as Error).message}`);
    }
  }
  if (results.length > 0) console.log(`\n${formatTable(results)}\n\n${results.map(formatJsonLine).join('\n')}`);
  for (const failure of failures) console.error(`\nfailed: ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

async function benchSize(papers: number, seed: string, names: boolean): Promise<BenchResult> {
  const dir = join(PROJECT, '.bench', `run-${papers}${names ? '-names' : ''}`);
  const say = (message: string): void => {
    console.error(`[${papers}] ${message}`);
  };
  const { digests, generator } = generateDigests(papers, seed, { names });
  await scratchProject(dir, digests);
  say(`${digests.length} digests generated in ${dir}`);
  const env = {
    ...process.env,
    PATH: `${join(dir, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const pipeline = await readPipeline(dir);
  const dist = join(dir, 'dist');

  const run = async (name: string, commands: readonly string[]): Promise<StageCost> => {
    let total: StageCost = { seconds: 0, peakRssMb: undefined };
    for (const command of commands) {
      const cost = await measure(command, dir, env, join(dir, 'logs', `${name}.log`));
      total = { seconds: total.seconds + cost.seconds, peakRssMb: maxOf(total.peakRssMb, cost.peakRssMb) };
    }
    say(`${name}: ${total.seconds.toFixed(1)} s, peak ${total.peakRssMb?.toFixed(0) ?? '?'} MB`);
    return total;
  };

  /**
   * The build, then the search index: the build script's own index step when it has one; else the
   * index a build integration wrote, its time read from the build's log; else Pagefind, run here.
   */
  let indexStep = '';
  const buildAndIndex = async (name: string): Promise<{ build: StageCost; index: StageCost | undefined }> => {
    const build = await run(`${name}build`, pipeline.build);
    if (pipeline.index !== undefined) {
      indexStep = `the build script's "${pipeline.index.join(' && ')}"`;
      return { build, index: await run(`${name}index`, pipeline.index) };
    }
    if (existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
      const seconds = indexSecondsInLog(await readFile(join(dir, 'logs', `${name}build.log`), 'utf8'));
      indexStep = `inside astro build (a build integration)${seconds === undefined ? ', not timed apart' : ', timed from its log line'}`;
      if (seconds === undefined) return { build, index: undefined };
      say(`${name}index (inside the build): ${seconds.toFixed(1)} s`);
      // One process does both: the index shares the build's peak memory.
      return { build: { ...build, seconds: build.seconds - seconds }, index: { seconds, peakRssMb: build.peakRssMb } };
    }
    indexStep = 'pagefind --site dist, run by the bench (the project does not index yet)';
    return { build, index: await run(`${name}index`, ['pagefind --site dist']) };
  };

  const ingest = await run('ingest', [pipeline.ingest]);
  const { build, index: indexed } = await buildAndIndex('');
  const files = await filesUnder(dist);
  const slugs = (await readdir(join(dir, 'content', 'papers'))).map((name) => basename(name, '.md'));
  const written = new Set(files.map((file) => file.path));
  const paperPages = slugs.map((slug) => join(dist, 'papers', slug, 'index.html')).filter((path) => written.has(path));
  say(`${paperPages.length} of ${slugs.length} papers have a page at papers/<slug>/`);
  const weight = await pageWeight(dist, '/', paperPages);
  const searches: Record<string, number> = {};
  for (const query of QUERIES) {
    const search = await searchCost(dist, '/', query).catch((error: unknown) => {
      say(`search not measured: ${(error as Error).message.split('\n')[0] ?? ''}`);
      return undefined;
    });
    if (!search) break;
    searches[query] = search.kb;
    say(
      `search "${query}": ${search.results} results; ${search.kb.toFixed(1)} KB in ${search.requests.length} requests: ${costByKind(search.requests)}`,
    );
  }

  // A reader following a day's search link: the latest day's papers, by its filter alone.
  const latestDay =
    digests
      .map((digest) => digest.date)
      .sort()
      .at(-1) ?? '';
  const dayFilter = { 'listed-day': latestDay };
  const daySearch = await searchCost(dist, '/', null, { filters: dayFilter }).catch((error: unknown) => {
    say(`day search not measured: ${(error as Error).message.split('\n')[0] ?? ''}`);
    return undefined;
  });
  if (daySearch) {
    say(
      `search ${JSON.stringify(dayFilter)}: ${daySearch.results} results; ${daySearch.kb.toFixed(1)} KB in ${daySearch.requests.length} requests: ${costByKind(daySearch.requests)}`,
    );
  }

  // A reader opening a search link on a slow phone connection: the heavy query and a rarer one.
  const latencies: Record<string, number> = {};
  for (const query of [QUERIES[0] ?? 'attention', QUERIES.at(-1) ?? 'speculative decoding']) {
    const timed = await searchLatency(dist, '/', query).catch((error: unknown) => {
      say(`search page not timed: ${(error as Error).message.split('\n')[0] ?? ''}`);
      return undefined;
    });
    if (!timed) break;
    latencies[query] = timed.ms;
    say(
      `search page "${query}" on Fast 3G: results after ${(timed.ms / 1000).toFixed(2)} s, ${timed.requests} requests, ${timed.kb.toFixed(1)} KB: ${timed.status}`,
    );
  }

  const update = generator.next(UPDATE_ENTRIES);
  await writeFile(join(dir, 'content', 'digests', update.name), update.text);
  say(`daily update: ${update.name}, ${update.entries.length} entries, ${update.newPapers} new papers`);
  const updateIngest = await run('update-ingest', [pipeline.ingest]);
  const { build: updateBuild, index: updateIndex } = await buildAndIndex('update-');

  const total = ingest.seconds + build.seconds + (indexed?.seconds ?? 0);
  const peaks = [ingest, build, indexed, updateIngest, updateBuild, updateIndex].map((cost) => cost?.peakRssMb);
  return {
    papers,
    digests: digests.length,
    names,
    pages: files.filter((file) => file.path.endsWith('.html')).length,
    author_pages: files.filter(
      (file) => file.path.startsWith(`${join(dist, 'authors')}${sep}`) && file.path.endsWith('.html'),
    ).length,
    dist_mb: files.reduce((sum, file) => sum + file.bytes, 0) / 2 ** 20,
    ingest_s: ingest.seconds,
    build_s: build.seconds,
    index_s: indexed?.seconds ?? null,
    total_s: total,
    peak_rss_mb: peaks.reduce(maxOf, undefined) ?? null,
    update_s: updateIngest.seconds + updateBuild.seconds + (updateIndex?.seconds ?? 0),
    update_ingest_s: updateIngest.seconds,
    update_build_s: updateBuild.seconds,
    update_index_s: updateIndex?.seconds ?? null,
    update_new_papers: update.newPapers,
    search_first_kb: searches[QUERIES[0] ?? ''] ?? null,
    search_first_kb_by_query: searches,
    search_listed_day_kb: daySearch?.kb ?? null,
    search_fast3g_ms_by_query: latencies,
    paper_html_gz_kb: weight.htmlMaxKb,
    paper_html_gz_median_kb: weight.htmlMedianKb,
    css_gz_kb: weight.cssKb,
    index_step: indexStep,
  };
}

/** A fresh copy of the project with generated digests, no papers yet, and node_modules linked entry by entry. */
async function scratchProject(dir: string, digests: readonly GeneratedDigest[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'content', 'digests'), { recursive: true });
  await mkdir(join(dir, 'content', 'papers'), { recursive: true });
  await mkdir(join(dir, 'logs'), { recursive: true });
  for (const path of COPIED) {
    if (existsSync(join(PROJECT, path))) await cp(join(PROJECT, path), join(dir, path), { recursive: true });
  }
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(PROJECT, 'node_modules'))) {
    if (!CACHES.has(name)) await symlink(join(PROJECT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  for (const digest of digests) await writeFile(join(dir, 'content', 'digests', digest.name), digest.text);
}

/** The project's own commands, from its package.json: ingest, the build, and any Pagefind step the build runs. */
async function readPipeline(dir: string): Promise<Pipeline> {
  const { scripts } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const build = (scripts.build ?? 'astro build').split('&&').map((step) => step.trim());
  const isIndex = (step: string): boolean => /\bpagefind\b|index-search/.test(step);
  const index = build.filter(isIndex);
  return {
    ingest: scripts.ingest ?? 'node scripts/ingest.ts',
    build: build.filter((step) => !isIndex(step)),
    index: index.length > 0 ? index : undefined,
  };
}

function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

process.exitCode = await main();
