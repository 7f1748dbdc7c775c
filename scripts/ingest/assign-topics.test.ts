import { describe, expect, test } from 'vitest';
import { topicAssigner } from './assign-topics.ts';

const topics = [
  { id: 'hallucination', keywords: ['hallucination', 'grounding'] },
  { id: 'vision-language', keywords: ['vision-language', 'lvlm'] },
  { id: 'video', keywords: ['video'] },
  { id: 'agents', keywords: ['agent'] },
];
const assign = topicAssigner(topics);

describe('topicAssigner', () => {
  test('ranks a title match above abstract matches', () => {
    expect(
      assign(
        'Mitigating Object Hallucinations via Sentence-Level Early Intervention',
        'Multimodal large language models (MLLMs) suffer from hallucination; vision-language models with LVLM decoders are grounded less.',
      ),
    ).toEqual(['hallucination', 'vision-language']);
  });

  test('matches whole words and plain plurals only', () => {
    expect(assign('Agents that plan', '')).toEqual(['agents']);
    expect(assign('Reagents in chemistry', '')).toEqual([]);
  });

  test('treats spaces and hyphens in keywords alike', () => {
    expect(assign('Vision Language Pretraining at Scale', '')).toEqual(['vision-language']);
  });

  test('needs more than one passing abstract mention', () => {
    expect(assign('A Study', 'We also show a video.')).toEqual([]);
    expect(assign('A Study', 'We show a video of an agent.')).toEqual([]);
  });

  test('gives at most three topics, best first, ties by id', () => {
    const many = topicAssigner([
      { id: 'd', keywords: ['delta'] },
      { id: 'c', keywords: ['gamma'] },
      { id: 'b', keywords: ['beta'] },
      { id: 'a', keywords: ['alpha'] },
    ]);
    expect(many('Alpha Beta Gamma Delta', '')).toEqual(['a', 'b', 'c']);
  });

  test('drops topics far weaker than the best one', () => {
    const weighted = topicAssigner([
      { id: 'video', keywords: ['video', 'temporal', 'frames'] },
      { id: 'agents', keywords: ['agent'] },
    ]);
    // video scores 9, agents 3: under 40% of the best.
    expect(weighted('Temporal Video Frames for an Agent', '')).toEqual(['video']);
    expect(weighted('Video Frames for an Agent', '')).toEqual(['video', 'agents']);
  });
});
