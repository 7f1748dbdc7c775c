// arXiv identifiers: the identity a paper keeps across every listing that gives it, and the address of its abstract.

/**
 * An arXiv identifier without its version: new style `YYMM.NNNN` or `YYMM.NNNNN` (since 2007), old style
 * `archive/YYMMNNN` or `archive.SUB/YYMMNNN` (before).
 */
export const ARXIV_ID =
  /^(?:\d{2}(?:0[1-9]|1[0-2])\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{2}(?:0[1-9]|1[0-2])\d{3})$/;

const VERSIONED = /^(.+?)(?:v\d+)?$/;

/** The identifier in `text` (`2501.00663`, `2501.00663v2`, `hep-th/9901001`), without its version; or undefined. */
export function parseArxivId(text: string): string | undefined {
  const id = VERSIONED.exec(text.trim())?.[1];
  return id !== undefined && ARXIV_ID.test(id) ? id : undefined;
}

const PAPER_PAGE =
  /^https?:\/\/(?:www\.)?(?:huggingface\.co\/papers|arxiv\.org\/(?:abs|pdf))\/(.+?)(?:\.pdf)?\/?(?:[?#].*)?$/;

/**
 * The identifier a paper's page names: `https://huggingface.co/papers/<id>`, `https://arxiv.org/abs/<id>` or
 * `https://arxiv.org/pdf/<id>`, with or without a version; undefined for any other address.
 */
export function arxivIdInUrl(url: string): string | undefined {
  const path = PAPER_PAGE.exec(url)?.[1];
  return path === undefined ? undefined : parseArxivId(path);
}

/** The links an archive gives for a paper with an arXiv id. */
export function arxivLinks(id: string): { abstract: string; pdf: string; huggingFace: string } {
  return {
    abstract: `https://arxiv.org/abs/${id}`,
    pdf: `https://arxiv.org/pdf/${id}`,
    huggingFace: `https://huggingface.co/papers/${id}`,
  };
}
