/** Pages on the Hugging Face Hub that the site links, besides a paper's own (`model/arxiv-id.ts`). */

/** An organisation's page on the Hub, by the id the listings give it. */
export function organizationUrl(id: string): string {
  return `https://huggingface.co/${encodeURIComponent(id)}`;
}
