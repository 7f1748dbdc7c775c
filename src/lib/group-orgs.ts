/** Papers grouped by the organisation that submitted them. */
import type { Paper } from './paper.ts';

export interface OrgGroup {
  id: string;
  /** The name the newest of its papers gives. */
  name: string;
  papers: Paper[];
}

/** Every organisation with its papers, sorted by name. Papers keep the order they are given in. */
export function groupByOrganization(papers: readonly Paper[]): OrgGroup[] {
  const orgs = new Map<string, OrgGroup>();
  for (const paper of papers) {
    const organization = paper.data.organization;
    if (!organization) continue;
    let group = orgs.get(organization.id);
    if (!group) orgs.set(organization.id, (group = { id: organization.id, name: organization.name, papers: [] }));
    group.papers.push(paper);
  }
  return [...orgs.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1),
  );
}
