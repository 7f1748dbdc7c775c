/** Papers grouped by topic, each topic's papers in the archive's order. */
import { ContentError } from '../model/content-error.ts';
import type { TopicData } from '../model/schema.ts';
import type { Paper } from './paper.ts';

/** A topic file as read from the collection. */
export interface TopicInput {
  id: string;
  data: TopicData;
}

export interface TopicGroup {
  id: string;
  title: string;
  description: string;
  papers: Paper[];
}

/**
 * Every topic with its papers, topics sorted by title. Papers keep the order they are given in. A paper
 * naming a topic that has no file fails with the paper's file and the field.
 */
export function groupByTopic(papers: readonly Paper[], topics: readonly TopicInput[]): TopicGroup[] {
  const groups = new Map<string, TopicGroup>(
    topics.map((topic) => [
      topic.id,
      { id: topic.id, title: topic.data.title, description: topic.data.description, papers: [] },
    ]),
  );
  for (const paper of papers) {
    for (const id of paper.data.topics) {
      const group = groups.get(id);
      if (!group) {
        throw new ContentError(
          paper.file,
          undefined,
          `topics: "${id}" is not a topic; expected one of ${[...groups.keys()].sort().join(', ')} (a file in content/topics/)`,
        );
      }
      group.papers.push(paper);
    }
  }
  return [...groups.values()].sort((a, b) => a.title.localeCompare(b.title, 'en'));
}
