/** schema.org data for paper pages, serialised so no title or abstract can end the script element it sits in. */
import { arxivLinks } from '../model/arxiv-id.ts';

/** What a paper's structured data is made of. */
export interface ScholarlyArticleInput {
  title: string;
  /** The arXiv id, when the paper has one. */
  arxiv: string | undefined;
  /** The paper page's absolute URL. */
  url: string;
  abstract: string;
  published: string | undefined;
  /** The named authors in the paper's order, each with their page's absolute URL; hidden authors have no name. */
  authors?: readonly { name: string; url: string }[] | undefined;
  organization: { name: string; url: string } | undefined;
  keywords: readonly string[];
  codeRepositories: readonly string[];
  comments: number;
}

/** A schema.org `ScholarlyArticle` for one paper. */
export function scholarlyArticle(input: ScholarlyArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: input.title,
    name: input.title,
    url: input.url,
    mainEntityOfPage: input.url,
    ...(input.arxiv === undefined
      ? {}
      : {
          identifier: { '@type': 'PropertyValue', propertyID: 'arXiv', value: input.arxiv },
          sameAs: arxivLinks(input.arxiv).abstract,
        }),
    ...(input.abstract === '' ? {} : { abstract: input.abstract }),
    ...(input.published === undefined ? {} : { datePublished: input.published }),
    ...(input.authors === undefined || input.authors.length === 0
      ? {}
      : { author: input.authors.map(({ name, url }) => ({ '@type': 'Person', name, url })) }),
    ...(input.organization === undefined
      ? {}
      : {
          sourceOrganization: { '@type': 'Organization', name: input.organization.name, url: input.organization.url },
        }),
    ...(input.keywords.length === 0 ? {} : { keywords: input.keywords.join(', ') }),
    ...(input.codeRepositories.length === 0
      ? {}
      : {
          isBasedOn: input.codeRepositories.map((url) => ({ '@type': 'SoftwareSourceCode', codeRepository: url })),
        }),
    commentCount: input.comments,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` are written as Unicode
 * escapes, so `</script>` or `<!--` in the data cannot end or change the element; U+2028 and U+2029 too,
 * for parsers that still treat them as line ends. The JSON means exactly the same.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
