// Markdown captures of a papers listing page, as tools that turn web pages into Markdown save them. Read as a
// syntax tree, by structure and link targets, never by line layout: every tool lays the same page out differently.
import type { Heading, Link, LinkReference, Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { arxivIdInUrl } from '../arxiv-id.ts';
import { ContentError } from '../content-error.ts';
import { markdownNestingProblem } from '../nesting-depth.ts';
import { walkTree } from '../walk-tree.ts';
import type { Digest, DigestEntry, DigestYear } from './digest.ts';
import { digestYear, fileNameDate, fileNameDigestDate, publishedDate } from './digest-year.ts';
import { isoDate, MONTHS, parseMonthDay, type ListingDate } from './listing-date.ts';

/** A link as the page gives it: where it goes, its visible text and the text of the images inside it. */
interface PageLink {
  url: string;
  text: string;
  line: number;
}

/** What stands between two paper headings, in page order: text runs and links, each with its line. */
type Token = { kind: 'text'; text: string; line: number } | { kind: 'link'; link: PageLink };

/** A paper on the page: its heading, then everything up to the next paper's heading. */
interface Block {
  heading: Heading;
  link: PageLink;
  /** The paper's id on the page (`huggingface.co/papers/<id>`), an arXiv id or another identifier. */
  pageId: string;
  tokens: Token[];
  /** The tokens before the heading, back to the previous paper's: where some pages put the upvote count. */
  before: Token[];
}

const PAPER_PAGE = /^https?:\/\/(?:www\.)?huggingface\.co\/papers\/([^/?#\s]+)\/?(?:[?#].*)?$/;
const NOT_PAPER_PAGES = new Set(['trending', 'date', 'week', 'month']);
const DATE_PAGE = /^https?:\/\/(?:www\.)?huggingface\.co\/papers\/date\/(\d{4})-(\d{2})-(\d{2})\/?(?:[?#].*)?$/;
const ORGANISATION_PAGE = /^https?:\/\/(?:www\.)?huggingface\.co\/([A-Za-z0-9][\w.-]*)\/?$/;
/** Site pages that share the shape of an organisation's page. */
const SITE_PAGES = new Set(['papers', 'login', 'join', 'models', 'datasets', 'spaces', 'docs', 'blog', 'pricing']);
const LOGIN = /^https?:\/\/(?:www\.)?huggingface\.co\/login\?(.*)$/;
const AUTHORS = /(?:^|\s|-)(\d{1,5})\s+authors?\b/;
const DATE = new RegExp(`(?:^|·|\\s)(?:Published on\\s+)?(${MONTHS.join('|')}) (\\d{1,2})(?:,\\s*(\\d{4}))?(?![\\d])`);
/** Placeholders extractors write for images: `[图片：org-id]` ("image: ..."), `[image: ...]`. */
const IMAGE_PLACEHOLDER = /\[(?:图片|image|Image)[：:][^\]]*\]/g;
/** Text that is page furniture, never an abstract. */
const FURNITURE = /^(?:-|·|Submitted by|Upvote|new|Subscribe)$/;

/**
 * Parses a Markdown capture of a papers listing page. A paper is a heading whose link goes to its page,
 * `https://huggingface.co/papers/<id>`; what follows, up to the next such heading, is its entry. Anything else on
 * the page (navigation, sign-up blocks, avatars, "Submitted by", footers) is left out. Throws a ContentError naming
 * the file, and the line where there is one, for a capture in which no paper or no date can be found, or one nested
 * too deep to parse.
 */
export function parseMarkdownCapture(file: string, text: string): Digest {
  const deep = markdownNestingProblem(text);
  if (deep) throw new ContentError(file, deep.line, deep.message);
  const tree = fromMarkdown(joinWrappedHeadings(text), {
    extensions: [frontmatter(['yaml', 'toml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])],
  });
  refuseHiddenPapers(file, tree);
  const definitions = definitionsOf(tree);
  const blocks = paperBlocks(tree, definitions);
  if (blocks.length === 0) {
    throw new ContentError(
      file,
      undefined,
      'no paper found; expected a capture of a papers listing, each paper a heading that links its page, like "### [Title](https://huggingface.co/papers/2501.00663)"',
    );
  }
  // What stands before the first paper is the first block's `before`; the page's links are those and every block's.
  const pageTokens = blocks[0]?.before ?? [];
  const drafts = dedupe(blocks.map((block) => draftOf(file, block)));
  const links = [...pageTokens, ...blocks.flatMap((block) => block.tokens)].flatMap((token) =>
    token.kind === 'link' ? [token.link] : [],
  );
  const { date, year } = captureDate(file, pageTokens, links, drafts);
  const warnings: string[] = [];
  const entries = drafts.map((draft) => toEntry(file, draft, year.year, date, warnings));
  return { file, date, year, entries, warnings };
}

/** A heading line that opens a link it does not close: a tool wrapped a long title onto the next lines. */
const OPEN_HEADING_LINK = /^ {0,3}#{1,6}[ \t]+\[[^\]]*$/;
const MAX_HEADING_LINES = 4;

/**
 * Joins a heading wrapped over several lines back into one line (Markdown headings cannot span lines, so the parser
 * would lose its link), leaving blank lines in place of the joined ones so every later line keeps its number.
 */
function joinWrappedHeadings(text: string): string {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (!OPEN_HEADING_LINK.test(lines[index] ?? '')) continue;
    const end = lines.slice(index + 1, index + MAX_HEADING_LINES).findIndex((line) => line.includes(']('));
    if (end === -1 || lines.slice(index + 1, index + 1 + end).some((line) => line.trim() === '')) continue;
    const joined = lines.slice(index, index + end + 2).map((line) => line.trim());
    lines.splice(index, end + 2, joined.join(' '), ...joined.slice(1).map(() => ''));
  }
  return lines.join('\n');
}

/** One paper as the capture shows it, before its dates are resolved against the digest's year. */
interface Draft {
  line: number;
  pageId: string;
  title: string;
  abstract: string | undefined;
  authors: number | undefined;
  organization: { id: string; name: string } | undefined;
  date: (ListingDate & { line: number }) | undefined;
  comments: number | undefined;
  upvotes: number | undefined;
  arxiv: string | undefined;
  links: string[];
}

function draftOf(file: string, block: Block): Draft {
  const title = cleanText(block.link.text);
  if (title === '') {
    throw new ContentError(
      file,
      block.link.line,
      `expected the paper's title in the heading that links ${block.link.url}, found none`,
    );
  }
  const draft: Draft = {
    line: block.link.line,
    pageId: block.pageId,
    title,
    abstract: undefined,
    authors: undefined,
    organization: undefined,
    date: undefined,
    comments: undefined,
    upvotes: upvotesIn(block.before, block.pageId),
    arxiv: arxivIdInUrl(block.link.url),
    links: [],
  };
  const prose: string[] = [];
  let proseEnded = false;
  for (const token of block.tokens) {
    if (token.kind === 'link') {
      const { link } = token;
      const upvotes = upvotesOf(link, block.pageId);
      if (upvotes !== undefined) draft.upvotes ??= upvotes;
      else if (isPaperLink(link.url, block.pageId)) {
        const linkText = cleanText(link.text);
        const authors = AUTHORS.exec(linkText);
        if (authors) draft.authors ??= Number(authors[1]);
        else if (link.url.includes('#community')) draft.comments ??= countIn(linkText);
        // A link whose text is prose, to the paper's own page, is how some pages render the abstract.
        else if (draft.abstract === undefined && isProse(linkText)) draft.abstract = linkText;
      } else {
        const organization = organisationOf(link);
        if (organization !== undefined) draft.organization ??= organization;
        else if (/^https?:\/\/(?:www\.)?arxiv\.org\//.test(link.url)) draft.arxiv ??= arxivIdInUrl(link.url);
        else if (/^https?:\/\/(?:www\.)?github\.com\/[^/]+\/[^/?#]+/.test(link.url)) draft.links.push(link.url);
      }
      if (prose.length > 0) proseEnded = true;
      continue;
    }
    const value = cleanText(token.text);
    if (value === '') continue;
    const authors = AUTHORS.exec(value);
    if (authors && !isProse(value)) draft.authors ??= Number(authors[1]);
    const date = DATE.exec(value);
    if (date && !isProse(value)) draft.date ??= { ...checkedDate(date), line: token.line };
    if (!proseEnded && draft.abstract === undefined && isProse(value)) prose.push(value);
    else if (prose.length > 0) proseEnded = true;
  }
  if (draft.abstract === undefined && prose.length > 0) draft.abstract = prose.join(' ');
  return draft;
}

/** A page renders some papers twice (a trending page does): one entry each, filled from every rendering. */
function dedupe(drafts: readonly Draft[]): Draft[] {
  const byId = new Map<string, Draft>();
  for (const draft of drafts) {
    const known = byId.get(draft.pageId);
    if (known === undefined) {
      byId.set(draft.pageId, { ...draft, links: [...draft.links] });
      continue;
    }
    known.abstract ??= draft.abstract;
    known.authors ??= draft.authors;
    known.organization ??= draft.organization;
    known.date ??= draft.date;
    known.comments ??= draft.comments;
    known.upvotes ??= draft.upvotes;
    known.arxiv ??= draft.arxiv;
    for (const link of draft.links) if (!known.links.includes(link)) known.links.push(link);
  }
  return [...byId.values()];
}

function toEntry(file: string, draft: Draft, year: number, digestDate: string, warnings: string[]): DigestEntry {
  return {
    line: draft.line,
    title: draft.title,
    abstract: draft.abstract,
    // A listing shows an organisation or an author count, never both: the organisation names the paper better.
    authors: draft.organization === undefined ? draft.authors : undefined,
    authorNames: undefined,
    organization: draft.organization,
    published: draft.date === undefined ? undefined : publishedDate(file, draft.date, year, digestDate, warnings),
    comments: draft.comments ?? 0,
    arxiv: draft.arxiv,
    upvotes: draft.upvotes,
    githubStars: undefined,
    links: draft.links,
  };
}

/**
 * The digest's date: a date header (`Oct 2`) before the first paper, its year from the file name, from a link to a
 * day's listing (`/papers/date/YYYY-MM-DD`) or inferred from the entries; else a file name with the date; else the
 * day a day's listing link stands for ("Previous" is the day before). Neither is an error.
 */
function captureDate(
  file: string,
  pageTokens: readonly Token[],
  links: readonly PageLink[],
  drafts: readonly Draft[],
): { date: string; year: DigestYear } {
  const header = headerDate(pageTokens);
  const pageDay = dayOfListing(links);
  const named = fileNameDate(file);
  if (header !== undefined) {
    if (named === undefined && pageDay !== undefined) {
      const year = nearestYear(header, pageDay);
      return {
        date: isoDate(year, header.month, header.day),
        year: { year, source: 'page', reason: `the page links the listing of ${pageDay.linked}` },
      };
    }
    const shownYears = drafts.flatMap((draft) => (draft.date?.year === undefined ? [] : [draft.date.year]));
    const year = digestYear(file, header, shownYears);
    return { date: isoDate(year.year, header.month, header.day), year };
  }
  const fromName = fileNameDigestDate(file);
  if (fromName !== undefined) return fromName;
  if (pageDay !== undefined) {
    return {
      date: pageDay.iso,
      year: { year: pageDay.year, source: 'page', reason: `the page links the listing of ${pageDay.linked}` },
    };
  }
  throw new ContentError(
    file,
    undefined,
    'expected the listing\'s date: a date header like "Oct 2" before the first paper, a link to a day\'s listing (https://huggingface.co/papers/date/2026-10-02), or the date in the file name (like "2026-10-02.md")',
  );
}

/** The page's own date header: a line that is a month and a day and nothing else, before the first paper. */
function headerDate(tokens: readonly Token[]): (ListingDate & { line: number }) | undefined {
  for (const token of tokens) {
    if (token.kind !== 'text') continue;
    const date = parseMonthDay(cleanText(token.text));
    if (date) return { ...date, line: token.line };
  }
  return undefined;
}

/**
 * The day the page lists, from its links to a day's listing: "Previous" links the day before, "Next" the day
 * after, any other such link the day itself.
 */
function dayOfListing(
  links: readonly PageLink[],
): { year: number; month: number; day: number; iso: string; linked: string } | undefined {
  for (const link of links) {
    const match = DATE_PAGE.exec(link.url);
    if (!match) continue;
    const linked = `${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? ''}`;
    const label = cleanText(link.text).toLowerCase();
    const shift = label.startsWith('previous') ? 1 : label.startsWith('next') ? -1 : 0;
    const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + shift));
    if (Number.isNaN(day.getTime())) continue;
    const iso = day.toISOString().slice(0, 10);
    return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), iso, linked };
  }
  return undefined;
}

/** The year that puts a month and day nearest a known day (a header of Dec 31 beside a link to Jan 1). */
function nearestYear(header: ListingDate, near: { year: number; month: number; day: number }): number {
  const target = Date.UTC(near.year, near.month - 1, near.day);
  const candidates = [near.year - 1, near.year, near.year + 1];
  return candidates.reduce((best, year) =>
    Math.abs(Date.UTC(year, header.month - 1, header.day) - target) <
    Math.abs(Date.UTC(best, header.month - 1, header.day) - target)
      ? year
      : best,
  );
}

/** The upvote count a link gives for the paper: a login link back to its page, `-` for none yet. */
function upvotesOf(link: PageLink, pageId: string): number | undefined {
  const query = LOGIN.exec(link.url)?.[1];
  if (query === undefined) return undefined;
  const next = new URLSearchParams(query).get('next') ?? '';
  if (next.replace(/\/$/, '') !== `/papers/${pageId}`) return undefined;
  const text = cleanText(link.text).replace(/^Upvote\s*/i, '');
  return text === '-' || text === '' ? 0 : countIn(text);
}

function upvotesIn(tokens: readonly Token[], pageId: string): number | undefined {
  for (const token of [...tokens].reverse()) {
    if (token.kind === 'link') {
      const upvotes = upvotesOf(token.link, pageId);
      if (upvotes !== undefined) return upvotes;
    }
  }
  return undefined;
}

/** A count as pages print it: `117`, `1,204`, `1.2k`. */
function countIn(text: string): number | undefined {
  const match = /(\d+(?:[.,]\d+)?)\s*([kK])?/.exec(text);
  if (!match?.[1]) return undefined;
  const value = match[2] ? Number(match[1].replace(',', '.')) * 1000 : Number(match[1].replace(/,/g, ''));
  return Number.isFinite(value) ? Math.round(value) : undefined;
}

function organisationOf(link: PageLink): { id: string; name: string } | undefined {
  const id = ORGANISATION_PAGE.exec(link.url)?.[1];
  if (id === undefined || SITE_PAGES.has(id)) return undefined;
  const name = cleanText(link.text.replace(IMAGE_PLACEHOLDER, ''));
  return name === '' ? undefined : { id, name };
}

function isPaperLink(url: string, pageId: string): boolean {
  return PAPER_PAGE.exec(url)?.[1] === pageId;
}

/** Prose: a sentence or more, not a count, a date or a placeholder. */
function isProse(text: string): boolean {
  return text.length >= 40 && !FURNITURE.test(text) && /\s/.test(text);
}

function checkedDate(match: RegExpExecArray): ListingDate {
  return {
    month: MONTHS.indexOf(match[1] as (typeof MONTHS)[number]) + 1,
    day: Number(match[2]),
    year: match[3] === undefined ? undefined : Number(match[3]),
  };
}

/**
 * Text as a reader sees it: escape residue a tool left (a `\` before a space or a line break), image placeholders
 * and runs of white space folded. Markdown escapes (`\_`, `\[`) are already undone by the parser.
 */
function cleanText(text: string): string {
  return text
    .replace(/\\(?=\s|$)/g, '')
    .replace(IMAGE_PLACEHOLDER, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line that headed a paper, had Markdown not read it as code or HTML. */
const HIDDEN_PAPER_HEADING = /^ {0,3}#{1,6}[ \t]+\[[^\n]*\]\(https?:\/\/(?:www\.)?huggingface\.co\/papers\//m;

/**
 * Refuses a capture in which a code block or an HTML block holds a paper heading: an unclosed fence (```, ~~~) or
 * tag swallows every paper after it, which would be lost without a word.
 */
function refuseHiddenPapers(file: string, tree: Root): void {
  for (const node of tree.children) {
    if ((node.type === 'code' || node.type === 'html') && HIDDEN_PAPER_HEADING.test(node.value)) {
      throw new ContentError(
        file,
        node.position?.start.line,
        `a ${node.type === 'code' ? 'code block' : 'block of HTML'} here holds paper headings, which would be lost; expected papers outside it (is a \`\`\` or ~~~ fence, or an HTML tag, left open?)`,
      );
    }
  }
}

/** Every paper heading with what follows it. */
function paperBlocks(tree: Root, definitions: ReadonlyMap<string, string>): Block[] {
  const blocks: Block[] = [];
  let pending: RootContent[] = [];
  let current: { heading: Heading; link: PageLink; pageId: string; before: Token[]; nodes: RootContent[] } | undefined;
  // A block's tokens are also the next block's `before`: read once, they serve both.
  const close = (): Token[] | undefined => {
    if (!current) return undefined;
    const tokens = tokensOf(current.nodes, definitions);
    blocks.push({ ...current, tokens });
    current = undefined;
    return tokens;
  };
  for (const node of tree.children) {
    const paper = node.type === 'heading' ? paperLinkOf(node, definitions) : undefined;
    if (node.type === 'heading' && paper) {
      const before = close() ?? tokensOf(pending, definitions);
      current = { heading: node, link: paper.link, pageId: paper.pageId, before, nodes: [] };
      pending = [];
    } else if (current) current.nodes.push(node);
    else pending.push(node);
  }
  close();
  return blocks;
}

function paperLinkOf(
  heading: Heading,
  definitions: ReadonlyMap<string, string>,
): { link: PageLink; pageId: string } | undefined {
  for (const link of linksIn(heading, definitions)) {
    const pageId = PAPER_PAGE.exec(link.url)?.[1];
    if (pageId !== undefined && !NOT_PAPER_PAGES.has(pageId)) return { link, pageId };
  }
  return undefined;
}

/**
 * The end of a link a tool broke with a blank line or a list (`[Upvote` then `117](…)`): Markdown reads it as text.
 * Found from each `](` onwards, so a long run of text without one costs one scan.
 */
const LINK_RESIDUE_TARGET = /^\]\((https?:\/\/[^()\s]+)\)/;

/** A text run, with the ends of broken links in it read as the links they were; the link's text stands before `](`. */
function textTokens(text: string, line: number): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (let at = text.indexOf('](', last); at !== -1; at = text.indexOf('](', at + 2)) {
    const target = LINK_RESIDUE_TARGET.exec(text.slice(at, at + 2048));
    if (!target) continue;
    const opened = Math.max(text.lastIndexOf('[', at), text.lastIndexOf(']', at - 1), last - 1);
    const before = text.slice(last, opened + 1 > last ? opened : last);
    if (before.trim() !== '') tokens.push({ kind: 'text', text: before, line });
    tokens.push({ kind: 'link', link: { url: target[1] ?? '', text: text.slice(opened + 1, at), line } });
    last = at + target[0].length;
  }
  const rest = text.slice(last);
  if (rest.trim() !== '' || tokens.length === 0) tokens.push({ kind: 'text', text: rest, line });
  return tokens;
}

/** The links and text runs of nodes, in page order; a link's images count as their alt text. */
function tokensOf(nodes: readonly RootContent[], definitions: ReadonlyMap<string, string>): Token[] {
  const tokens: Token[] = [];
  const visit = (node: Nodes): void => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'link' || node.type === 'linkReference') {
      const url = urlOf(node, definitions);
      if (url !== undefined) {
        tokens.push({ kind: 'link', link: { url, text: textOf(node), line } });
        return;
      }
    }
    if (node.type === 'text' || node.type === 'inlineCode') {
      tokens.push(...textTokens(node.value, line));
      return;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      // A paragraph's text is one run (its links apart), so a date glued to a link still reads as a date.
      let run: { text: string; line: number } | undefined;
      const flush = (): void => {
        if (run) tokens.push(...textTokens(run.text, run.line));
        run = undefined;
      };
      for (const child of node.children) {
        if (child.type === 'link' || child.type === 'linkReference') {
          flush();
          visit(child);
        } else if (child.type === 'text' || child.type === 'inlineCode') {
          run = { text: `${run?.text ?? ''}${child.value}`, line: run?.line ?? child.position?.start.line ?? line };
        } else if (child.type === 'break') {
          run = { text: `${run?.text ?? ''}\n`, line: run?.line ?? line };
        } else if ('children' in child) {
          const text = textOf(child);
          run = { text: `${run?.text ?? ''}${text}`, line: run?.line ?? child.position?.start.line ?? line };
        }
      }
      flush();
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
  return tokens;
}

function linksIn(node: Nodes, definitions: ReadonlyMap<string, string>): PageLink[] {
  return tokensOf([node as RootContent], definitions).flatMap((token) => (token.kind === 'link' ? [token.link] : []));
}

function urlOf(node: Link | LinkReference, definitions: ReadonlyMap<string, string>): string | undefined {
  return node.type === 'link' ? node.url : definitions.get(node.identifier);
}

/** The visible text of a node: text and inline code, images as their alt text, line breaks as spaces. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return '';
  if (node.type === 'break') return '\n';
  if ('children' in node) return node.children.map((child) => textOf(child)).join('');
  return '';
}

function definitionsOf(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  walkTree(tree, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  return definitions;
}
