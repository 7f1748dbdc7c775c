import type { Random } from './random.ts';

/** A made-up paper with everything a listing shows about it. */
export interface SyntheticPaper {
  /** As the listing prints it, LaTeX residue included. */
  title: string;
  /** One line of prose as the listing prints it (LaTeX residue, URLs and all), or undefined when the listing shows none. */
  abstract: string | undefined;
  /** The author count, or undefined when an organisation submitted the paper. */
  authors: number | undefined;
  organization: { id: string; name: string } | undefined;
  /** `YYYY-MM-DD`. */
  published: string;
}

// The vocabulary below imitates the real digests' subject (attention, generation, efficiency, ...), so
// generated papers exercise topic assignment and search the way real ones do.
const PREFIXES = [
  'Hy',
  'Omni',
  'Disc',
  'Trans',
  'Flash',
  'Zebra',
  'Mix',
  'Lat',
  'Spa',
  'Neuro',
  'Gen',
  'Re',
  'Uni',
  'Meta',
  'Deep',
  'Sparse',
  'Long',
  'Fast',
  'Mem',
  'Vid',
  'Cog',
  'Lumi',
  'Quant',
  'Token',
  'Multi',
  'Auto',
  'Turbo',
  'Hyper',
  'Micro',
  'Mono',
  'Poly',
  'Star',
  'Nova',
  'Echo',
  'Atlas',
  'Orion',
  'Sigma',
  'Delta',
  'Kappa',
  'Zeta',
] as const;
const SUFFIXES = [
  'Former',
  'Net',
  'Craft',
  'Lens',
  'Prism',
  'Rec',
  'Edit',
  'Attn',
  'Bench',
  'Llama',
  'Mamba',
  'Diff',
  'Gen',
  'Fusion',
  'Flow',
  'Mix',
  'KV',
  'Cache',
  'Search',
  'Agent',
  'Mind',
  'Vision',
  'Sink',
  'Scope',
  'Forge',
  'Path',
  'Tune',
  'Shift',
  'Router',
  'Bridge',
  'Pilot',
  'Stream',
  'Grid',
  'Loop',
  'Weaver',
  'Anchor',
  'Sense',
  'Core',
] as const;
const ADJECTIVES = [
  'Efficient',
  'Scalable',
  'Robust',
  'Sparse',
  'Hierarchical',
  'Adaptive',
  'Dynamic',
  'Disentangled',
  'Interpretable',
  'Unified',
  'Training-Free',
  'Lightweight',
  'Multimodal',
  'Controllable',
  'Consistent',
  'Hybrid',
  'Linear',
  'Faithful',
  'Grounded',
  'Structured',
  'Compositional',
  'Zero-Shot',
  'Few-Shot',
  'Self-Supervised',
  'Memory-Efficient',
  'Context-Aware',
  'Position-Aware',
  'Fine-Grained',
  'Decoupled',
  'Latent',
  'Recurrent',
  'Parallel',
  'Progressive',
  'Causal',
  'Contrastive',
  'Generalizable',
  'Calibrated',
] as const;
const SUBJECTS = [
  'Attention',
  'Sparse Attention',
  'Linear Attention',
  'Cross-Attention',
  'Self-Attention',
  'Attention Heads',
  'Attention Sinks',
  'Latent Attention',
  'Transformers',
  'Vision Transformers',
  'Diffusion Transformers',
  'State Space Models',
  'Mixture of Experts',
  'KV Cache Compression',
  'Token Pruning',
  'Positional Encoding',
  'Representation Learning',
  'Latent Diffusion',
  'Reward Models',
  'Retrieval Heads',
  'Embedding Models',
  'Memory Modules',
  'Recurrent Networks',
  'Speculative Decoding',
  'Chain-of-Thought',
  'Visual Tokens',
  'Concept Bottlenecks',
  'Logit Lens',
  'Sparse Autoencoders',
  'Hybrid Models',
  'Routing Networks',
] as const;
const TASKS = [
  'Long-Context Language Modeling',
  'Text-to-Image Generation',
  'Video Generation',
  'Image Editing',
  'Sequential Recommendation',
  'Dense Retrieval',
  'Vision-Language Understanding',
  'Speech Recognition',
  'Multi-Turn Dialogue',
  'Mathematical Reasoning',
  'Code Generation',
  'Object Detection',
  'Semantic Segmentation',
  'Person Re-Identification',
  'Hallucination Mitigation',
  'Efficient Inference',
  'Subject-Driven Personalization',
  'Human Image Animation',
  'Gaze Prediction',
  'Genome Modeling',
  'Brain Decoding from fMRI',
  'Document Understanding',
  'Visual Question Answering',
  'Agentic Search',
  'Tool Use',
  'Text Embedding',
  'Few-Shot Classification',
  'Spatio-Temporal Grounding',
  'Style Transfer',
  'Audio Deepfake Detection',
  'Machine Translation',
  'Time Series Forecasting',
  'Graph Learning',
] as const;
const METHODS = [
  'Attention Calibration',
  'Head Selection',
  'Token Merging',
  'Layer Reuse',
  'Contrastive Supervision',
  'Dual Denoising',
  'Latent Decomposition',
  'Context Sharding',
  'Dynamic Tokenization',
  'Reward Shaping',
  'Policy Optimization',
  'Knowledge Distillation',
  'Low-Rank Adaptation',
  'Prompt Tuning',
  'Score Distillation',
  'Graph Retrieval',
  'Saliency Guidance',
  'Feature Decorrelation',
  'Information Bottlenecks',
  'Kernel Fusion',
  'Block-Sparse Masks',
  'Sliding Windows',
  'Learned Routing',
  'Residual Streams',
  'Spectral Filtering',
] as const;
const FIELDS = [
  'Large Language Models',
  'Vision-Language Models',
  'Diffusion Models',
  'Transformers',
  'Speech-to-Text Models',
  'Recommender Systems',
  'Multimodal LLMs',
  'Video Diffusion Models',
  'Embedding Models',
  'Language Agents',
  'Vision Transformers',
  'Reasoning Models',
  'Small Language Models',
  'Protein Language Models',
] as const;
const VERBS = [
  'Explains',
  'Improves',
  'Revisits',
  'Unlocks',
  'Scales',
  'Accelerates',
  'Stabilizes',
  'Rethinks',
] as const;
const QUESTIONS = [
  'Which Layers Matter?',
  'What Do Attention Heads Learn?',
  'Do Models Really Need Full Attention?',
  'Where Does the Memory Go?',
  'When Does Sparsity Help?',
  'How Far Can Linear Attention Go?',
  'Is Scale All You Need?',
] as const;

const TITLE_TEMPLATES: readonly ((random: Random, name: string) => string)[] = [
  (r, name) => `${name}: ${r.pick(ADJECTIVES)} ${r.pick(SUBJECTS)} for ${r.pick(TASKS)}`,
  (r, name) => `${name}: ${r.pick(ADJECTIVES)} ${r.pick(TASKS)} via ${r.pick(METHODS)}`,
  (r, name) => `${name}: Towards ${r.pick(ADJECTIVES)} ${r.pick(TASKS)} with ${r.pick(SUBJECTS)}`,
  (r) => `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(TASKS)} in ${r.pick(FIELDS)}`,
  (r) =>
    `On the ${r.pick(['Existence', 'Role', 'Limits', 'Geometry', 'Emergence', 'Stability'])} of ${r.pick(SUBJECTS)} in ${r.pick(FIELDS)}`,
  (r) => `${r.pick(ADJECTIVES)} ${r.pick(SUBJECTS)} Is All You Need for ${r.pick(TASKS)}`,
  (r) => `Rethinking ${r.pick(SUBJECTS)} for ${r.pick(ADJECTIVES)} ${r.pick(TASKS)}`,
  (r, name) => `${name}: ${r.pick(QUESTIONS)} ${r.pick(ADJECTIVES)} ${r.pick(METHODS)} in ${r.pick(FIELDS)}`,
  (r) => `${r.pick(METHODS)} for ${r.pick(ADJECTIVES)} ${r.pick(TASKS)} with ${r.pick(FIELDS)}`,
  (r, name) => `${name}: ${r.pick(ADJECTIVES)} and ${r.pick(ADJECTIVES)} ${r.pick(TASKS)} through ${r.pick(METHODS)}`,
];

// Title residue seen in real digests: `$λ$-ECLIPSE`, `Prefill \& Decode`.
const TITLE_RESIDUE: readonly ((random: Random, title: string) => string)[] = [
  (r, title) => `$${r.pick(['λ', 'α', 'μ', 'ε', 'π'])}$-${title}`,
  (r, title) => `${title} \\& ${r.pick(['Decoding', 'Inference', 'Editing', 'Retrieval', 'Serving'])}`,
];

const ORGANIZATIONS: readonly (readonly [string, string])[] = [
  ['alibaba-inc', 'alibaba-inc'],
  ['meituan-longcat', 'LongCat'],
  ['moonshotai', 'Moonshot AI'],
  ['Westlake-University', 'Westlake University'],
  ['apple', 'Apple'],
  ['google', 'Google'],
  ['nvidia', 'NVIDIA'],
  ['facebook', 'AI at Meta'],
  ['microsoft', 'Microsoft'],
  ['deepseek-ai', 'DeepSeek'],
  ['Qwen', 'Qwen'],
  ['allenai', 'Ai2'],
  ['ByteDance-Seed', 'ByteDance Seed'],
  ['openbmb', 'OpenBMB'],
  ['tencent', 'Tencent'],
  ['mistralai', 'Mistral AI'],
  ['HuggingFaceTB', 'Hugging Face Smol Models Research'],
  ['ibm-granite', 'IBM Granite'],
  ['stepfun-ai', 'StepFun'],
  ['zai-org', 'Z.ai'],
];

// Sentence parts for abstracts: enough of them, combined freely, that the archive's vocabulary (which
// sizes the search index) grows with it instead of repeating a few fixed sentences.
const NOUNS = [
  'attention heads',
  'attention maps',
  'attention scores',
  'key-value caches',
  'hidden states',
  'token embeddings',
  'positional encodings',
  'residual streams',
  'feed-forward layers',
  'visual tokens',
  'text prompts',
  'latent codes',
  'diffusion steps',
  'noise schedules',
  'reward signals',
  'preference pairs',
  'reasoning traces',
  'retrieval heads',
  'expert routers',
  'memory slots',
  'convolution kernels',
  'state space layers',
  'gating functions',
  'logits',
  'gradient updates',
  'training curricula',
  'synthetic data',
  'instruction data',
  'image-text pairs',
  'video frames',
  'motion trajectories',
  'depth maps',
  'segmentation masks',
  'bounding boxes',
  'scene graphs',
  'point clouds',
  'speech features',
  'spectrograms',
  'user histories',
  'item embeddings',
  'query representations',
  'document chunks',
  'knowledge graphs',
  'tool calls',
  'search queries',
  'action plans',
  'value estimates',
  'policy updates',
  'sparse autoencoder features',
  'concept directions',
  'steering vectors',
  'probing classifiers',
  'circuit components',
  'low-rank adapters',
  'quantized weights',
  'pruned channels',
  'draft tokens',
  'verification steps',
  'sink tokens',
  'long documents',
  'multi-turn dialogues',
  'code repositories',
  'mathematical proofs',
  'chemical structures',
  'protein sequences',
  'genomic regions',
  'EEG recordings',
  'fMRI signals',
  'gaze fixations',
  'radio fingerprints',
] as const;
const QUALITIES = [
  'redundant',
  'informative',
  'task-relevant',
  'spurious',
  'fine-grained',
  'coarse',
  'long-range',
  'local',
  'cross-modal',
  'temporally consistent',
  'semantically aligned',
  'noisy',
  'sparse',
  'dense',
  'high-norm',
  'low-rank',
  'out-of-distribution',
  'compositional',
  'domain-specific',
  'query-dependent',
  'layer-wise',
  'head-specific',
  'position-dependent',
  'content-based',
  'structured',
  'unlabeled',
  'interpretable',
  'causal',
] as const;
const ACTIONS = [
  'reweights',
  'prunes',
  'compresses',
  'aligns',
  'disentangles',
  'routes',
  'calibrates',
  'distills',
  'merges',
  'retrieves',
  'caches',
  'reorders',
  'filters',
  'regularizes',
  'decomposes',
  'aggregates',
  'localizes',
  'steers',
  'denoises',
  'summarizes',
  'verifies',
  'reconstructs',
  'selects',
  'propagates',
] as const;
const GOALS = [
  'reduce memory traffic',
  'preserve identity',
  'mitigate hallucinations',
  'improve length generalization',
  'stabilize training',
  'accelerate decoding',
  'improve faithfulness',
  'capture long-range dependencies',
  'support multi-concept composition',
  'lower inference latency',
  'improve sample efficiency',
  'avoid catastrophic forgetting',
  'enable zero-shot transfer',
  'reduce the quadratic cost of attention',
  'keep the KV cache bounded',
  'improve calibration',
  'recover fine details',
  'generalize to unseen domains',
  'make the model more interpretable',
  'scale to million-token contexts',
] as const;
const FINDINGS = [
  'a small set of attention heads accounts for most of the gains',
  'the first token acts as an attention sink that absorbs excess attention mass',
  'intermediate layers encode most of the task-relevant information',
  'high-norm activations emerge early in training and persist',
  'a handful of neurons is responsible for the observed positional bias',
  'retrieval and reasoning rely on largely disjoint circuits',
  'the benefit of sparsity grows with sequence length',
  'content and style occupy nearly orthogonal subspaces of the latent space',
  'most errors stem from ungrounded visual tokens rather than the language prior',
  'uniform credit assignment blurs the distinction between pivotal and routine steps',
] as const;
const DATASETS = [
  'ImageNet',
  'COCO',
  'LongBench',
  'RULER',
  'MMLU',
  'GSM8K',
  'MATH',
  'MS MARCO',
  'BEIR',
  'MTEB',
  'VBench',
  'DreamBench',
  'ScienceQA',
  'HumanEval',
  'LibriSpeech',
  'Kinetics-400',
  'ADE20K',
  'Market-1501',
  'MovieLens',
  'Amazon Books',
  'POPE',
  'CHAIR',
  'TruthfulQA',
  'Needle-in-a-Haystack',
  'ARC-Challenge',
  'HellaSwag',
  'NuScenes',
  'Something-Something V2',
  'LAION-5B',
  'WebVid',
  'HotpotQA',
  'Natural Questions',
  'SWE-bench',
  'GPQA',
] as const;
const BASELINES = [
  'full attention',
  'FlashAttention-2',
  'StreamingLLM',
  'H2O',
  'SnapKV',
  'LoRA',
  'DreamBooth',
  'ControlNet',
  'Stable Diffusion XL',
  'LLaVA-1.5',
  'CLIP',
  'Mamba',
  'RetNet',
  'BM25',
  'ColBERT',
  'SASRec',
  'DPO',
  'GRPO',
  'PPO',
  'Llama-3-8B',
  'Qwen2.5-7B',
  'Mistral-7B',
  'ViT-B/16',
  'Swin-T',
  'ResNet-50',
] as const;

/** Lowercases a phrase for the middle of a sentence, keeping acronyms (`KV`, `LLMs`) as they are. */
function lower(phrase: string): string {
  const acronym = /[A-Z].*[A-Z]/;
  return phrase.replace(/[^\s-]+/g, (part) => (acronym.test(part) ? part : part.toLowerCase()));
}

const CONTEXT: readonly ((r: Random) => string)[] = [
  (r) =>
    `${r.pick(TASKS)} has attracted growing attention, yet existing ${lower(r.pick(FIELDS))} struggle with ${r.pick(CHALLENGES)}.`,
  (r) =>
    `${r.pick(SUBJECTS)} have become a core component of ${lower(r.pick(FIELDS))}, but ${r.pick(CHALLENGES)} limits their use in ${lower(r.pick(TASKS))}.`,
  (r) =>
    `Despite remarkable progress in ${lower(r.pick(TASKS))}, ${lower(r.pick(FIELDS))} still suffer from ${r.pick(CHALLENGES)}.`,
  (r) =>
    `Recent work has shown that ${r.pick(NOUNS)} play a central role in ${lower(r.pick(TASKS))}, but why they work remains poorly understood.`,
  (r) =>
    `${r.pick(FIELDS)} are increasingly deployed for ${lower(r.pick(TASKS))}, where ${r.pick(CHALLENGES)} becomes the main bottleneck.`,
  (r) => `Prior approaches rely on ${r.pick(QUALITIES)} ${r.pick(NOUNS)} and therefore fail to ${r.pick(GOALS)}.`,
  (r) =>
    `A key obstacle is that ${r.pick(NOUNS)} are often ${r.pick(QUALITIES)}, which makes it hard to ${r.pick(GOALS)}.`,
];
const CHALLENGES = [
  'the quadratic complexity of self-attention',
  'hallucinations that are not grounded in the input',
  'the memory footprint of the KV cache',
  'poor generalization to long sequences',
  'entangled representations of content and style',
  'the high latency of autoregressive decoding',
  'the lack of interpretable internal mechanisms',
  'inconsistent identity across generated frames',
  'positional bias in multiple-choice questions',
  'attention sinks that absorb most of the attention mass',
  'the cost of fine-tuning billions of parameters',
  'noisy supervision from web-scale image-text pairs',
  'the scarcity of high-quality annotations',
  'error accumulation over long horizons',
] as const;
const PROPOSALS: readonly ((r: Random, name: string) => string)[] = [
  (r, name) =>
    `In this paper, we propose ${name}, a ${lower(r.pick(ADJECTIVES))} framework that combines ${lower(r.pick(METHODS))} with ${lower(r.pick(SUBJECTS))} to ${r.pick(GOALS)}.`,
  (r, name) =>
    `We introduce ${name}, which ${r.pick(ACTIONS)} ${r.pick(QUALITIES)} ${r.pick(NOUNS)} in order to ${r.pick(GOALS)}.`,
  (r, name) =>
    `To address this, we present ${name}, a ${lower(r.pick(ADJECTIVES))} method built on ${lower(r.pick(METHODS))}.`,
  (r, name) =>
    `This paper introduces ${name}, a ${lower(r.pick(ADJECTIVES))} approach to ${lower(r.pick(TASKS))} that ${r.pick(ACTIONS)} ${r.pick(NOUNS)} on the fly.`,
];
const DETAILS: readonly ((r: Random, name: string) => string)[] = [
  (r, name) =>
    `Specifically, ${name} first decomposes the input into ${r.pick(['local and global', 'spatial and temporal', 'semantic and syntactic', 'coarse and fine', 'content and style'])} components and then applies ${lower(r.pick(METHODS))} to each of them.`,
  (r) =>
    `We further introduce a ${lower(r.pick(ADJECTIVES))} ${r.pick(['module', 'objective', 'regularizer', 'scheduler', 'kernel', 'loss'])} that ${r.pick(ACTIONS)} ${r.pick(NOUNS)} without additional supervision.`,
  (r) => `Our key insight is that ${r.pick(FINDINGS)}.`,
  (r) => `Our analysis reveals that ${r.pick(FINDINGS)}, which motivates our design.`,
  () =>
    `Unlike prior approaches, our method requires no retraining and can be applied to any pre-trained model with a few lines of code.`,
  (r) =>
    `We also provide a theoretical analysis showing that the proposed estimator is unbiased and converges at a rate of O(1/sqrt(${r.pick(['n', 'T', 'N', 'L'])})).`,
  (r, name) =>
    `At its core, ${name} ${r.pick(ACTIONS)} ${r.pick(QUALITIES)} ${r.pick(NOUNS)} and ${r.pick(ACTIONS)} the remaining ${r.pick(NOUNS)}, so that the model can ${r.pick(GOALS)}.`,
  (r) =>
    `To this end, we ${r.pick(['formulate', 'cast', 'reframe'])} ${lower(r.pick(TASKS))} as ${r.pick(['a constrained optimization problem', 'a retrieval problem', 'a sequential decision process', 'a denoising problem', 'a matching problem'])} over ${r.pick(NOUNS)}.`,
  (r) =>
    `Moreover, a ${r.pick(['lightweight', 'learnable', 'training-free', 'plug-and-play'])} ${r.pick(['router', 'gate', 'probe', 'adapter'])} ${r.pick(ACTIONS)} ${r.pick(NOUNS)} according to their ${r.pick(['relevance', 'uncertainty', 'norm', 'saliency', 'position'])}.`,
  (r) =>
    `The design is ${r.pick(['hardware-aware', 'fully differentiable', 'modality-agnostic', 'compatible with FlashAttention', 'easy to parallelize'])} and adds less than ${r.int(1, 5)}% parameters.`,
];
const RESULTS: readonly ((r: Random) => string)[] = [
  (r) =>
    `Extensive experiments on ${r.int(3, 12)} benchmarks, including ${r.pick(DATASETS)} and ${r.pick(DATASETS)}, show that our method outperforms ${r.pick(BASELINES)} by ${r.int(1, 15)}.${r.int(0, 9)} points on average.`,
  (r) =>
    `Compared with ${r.pick(BASELINES)}, it reduces memory usage by ${r.int(2, 9)}.${r.int(0, 9)}x and improves throughput by up to ${r.int(10, 90)}% at a context length of ${r.pick(['32K', '64K', '128K', '1M'])} tokens.`,
  (r) =>
    `Human evaluations confirm that the generated ${r.pick(['images', 'videos', 'answers', 'explanations', 'edits'])} are preferred in ${r.int(55, 90)}% of pairwise comparisons.`,
  (r) =>
    `Ablation studies demonstrate that each component contributes to the final performance, and that the gains hold across model sizes from ${r.int(1, 7)}B to ${r.int(13, 72)}B parameters.`,
  (r) =>
    `On ${r.pick(DATASETS)}, it achieves ${r.int(40, 95)}.${r.int(0, 9)}% accuracy, surpassing ${r.pick(BASELINES)} while using ${r.int(2, 10)}x fewer ${r.pick(['FLOPs', 'tokens', 'parameters', 'GPU hours'])}.`,
  (r) =>
    `Results on ${r.pick(DATASETS)} and ${r.pick(DATASETS)} further show consistent improvements in ${r.pick(['recall', 'fidelity', 'faithfulness', 'robustness', 'latency', 'perplexity'])}.`,
  (r) => `Our findings suggest that ${r.pick(FINDINGS)}, offering a new perspective on ${lower(r.pick(SUBJECTS))}.`,
];

// Abstract residue copied in shape from the real digests, each a sentence of its own.
const LATEX_SENTENCES: readonly ((r: Random, name: string) => string)[] = [
  (r) =>
    `Only a small portion (less than ${r.int(2, 9)}\\%) of the attention heads are responsible for this behaviour.`,
  (r) =>
    `This reduces the complexity of attention to Oleft(n^{1.5}dright) from Oleft(n^2dright) for sequences of length ${r.pick(['n', 'L'])}.`,
  () => `In the O(L^{3/2}) instantiation, the first step performs span-search and the second applies span-attention.`,
  () => `The resulting model achieves an overall complexity of O(L^{1+1{N}}) while keeping full random context access.`,
  () => `Attention is computed locally within each group but can reach O(L^{{4}/{3}}) globally.`,
  (_random, name) =>
    `We call this design {\\bf ${name}} ({\\bf ${name.slice(0, 2)}}brid {\\bf L}ayer {\\bf R}euse {\\bf A}ttention), a training-free plug-in.`,
  () =>
    `It exploits the appropriate textbf{A}uxiliary features with textbf{M}ulti-branch training and textbf{U}ncertainty-based fusion.`,
  (r) =>
    `We adopt ${r.pick(['disentangled representation', 'maximum likelihood estimation', 'line-of-sight propagation'])}~(${r.pick(['DR', 'MLE', 'LoS'])}) as the starting point of our analysis.`,
  () =>
    `Each output token attends to 2^d tokens, ensuring completeness and contiguity (a.k.a.\\ structural non-exclusion).`,
  (r) =>
    `It improves inference throughput by ${r.int(3, 9)}\\%--${r.int(20, 60)}\\% while maintaining comparable performance.`,
  (r) => `The scaling coefficient $\\alpha$ is set to ${r.int(1, 9)} \\times 10^{-${r.int(2, 6)}} in all experiments.`,
];

const CODE_SENTENCES = [
  'Code is available at',
  'Our code is accessible at:',
  'The code will be available at',
  'Code and models are released at',
  'The project page is',
  'Our models and code can be found in',
] as const;
const OWNER_PARTS = ['lab', 'ai', 'research', 'group', 'nlp', 'cv', 'ml', 'dev', 'hub', 'team', 'uni', 'eic'] as const;

/** Makes one paper: a unique-looking title, a listing's abstract of realistic length, authors and a date. */
export function syntheticPaper(random: Random, published: string): SyntheticPaper {
  const name = acronym(random);
  let title = random.pick(TITLE_TEMPLATES)(random, name);
  if (random.chance(0.02)) title = random.pick(TITLE_RESIDUE)(random, title);
  const organization = random.chance(0.06) ? random.pick(ORGANIZATIONS) : undefined;
  return {
    title,
    abstract: abstract(random, name),
    authors: organization === undefined ? teamSize(random) : undefined,
    organization: organization && { id: organization[0], name: organization[1] },
    published,
  };
}

/** How many authors a paper has: mostly four to eight, a few large teams. */
export function teamSize(random: Random): number {
  return random.weighted([
    [random.int(1, 3), 25],
    [random.int(4, 8), 60],
    [random.int(9, 16), 13],
    [random.int(17, 60), 2],
  ]);
}

function acronym(random: Random): string {
  return random.weighted([
    [`${random.pick(PREFIXES)}${random.pick(SUFFIXES)}`, 6],
    [upperLetters(random, random.int(3, 6)), 3],
    [`${random.pick(['x', 'e', 'i', 'm'])}${upperLetters(random, random.int(2, 4))}`, 1],
  ]);
}

function upperLetters(random: Random, length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) text += String.fromCharCode(65 + random.int(0, 25));
  return text;
}

/** arXiv caps abstracts at 1920 characters; the real digests' run from about 1400 to that cap. */
const MAX_ABSTRACT = 1920;

function abstract(random: Random, name: string): string {
  const target = random.weighted([
    [random.int(700, 1300), 15],
    [random.int(1300, 1700), 60],
    [random.int(1700, MAX_ABSTRACT), 25],
  ]);
  const code = random.chance(0.35) ? `${random.pick(CODE_SENTENCES)} ${codeLink(random, name)}` : undefined;
  const residue = random.chance(0.15) ? random.pick(LATEX_SENTENCES)(random, name) : undefined;
  const budget = target - (code === undefined ? 0 : code.length + 1);
  // Context, the proposal, details, then results, as abstracts go; each pool is drawn without repeats.
  const opening = [random.pick(CONTEXT)(random), random.pick(PROPOSALS)(random, name)];
  const details = drawn(random, DETAILS).map((sentence) => sentence(random, name));
  const results = drawn(random, RESULTS).map((sentence) => sentence(random));
  if (residue !== undefined) details.splice(random.int(0, details.length), 0, residue);
  const middle: string[] = [];
  let length = opening.join(' ').length;
  const add = (sentence: string | undefined): boolean => {
    if (sentence === undefined || length + sentence.length + 1 > budget) return false;
    middle.push(sentence);
    length += sentence.length + 1;
    return true;
  };
  // At least one result, then details and results in turn until the target length is reached.
  const firstResult = results.shift();
  if (firstResult !== undefined) length += firstResult.length + 1;
  while (add(details.shift())) if (random.chance(0.3)) add(results.shift());
  while (add(results.shift()));
  return [
    ...opening,
    ...middle,
    ...(firstResult === undefined ? [] : [firstResult]),
    ...(code === undefined ? [] : [code]),
  ].join(' ');
}

/** The items of a pool in a random order, without repeats. */
function drawn<T>(random: Random, pool: readonly T[]): T[] {
  const items = [...pool];
  for (let index = items.length - 1; index > 0; index--) {
    const other = random.int(0, index);
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

/** A code or project link written the ways real abstracts write them, residue and all. */
function codeLink(random: Random, name: string): string {
  const owner = `${random.pick(PREFIXES)}${random.pick(OWNER_PARTS)}${random.chance(0.3) ? `-${random.pick(OWNER_PARTS)}` : ''}`;
  const repo = random.weighted([
    [name, 5],
    [`${name}-${random.pick(OWNER_PARTS)}`, 2],
    [`Awesome-${name}`, 1],
    [`${name.toLowerCase()}_${random.pick(['official', 'code', 'release'])}`, 2],
  ]);
  return random.weighted<string>([
    [`https://github.com/${owner}/${repo}.`, 60],
    [`https://github.com/${owner}/${repo}`, 8],
    [`https://www.github.com/${owner}/${repo}.`, 3],
    [`https://github.com/${owner}/${repo}{github.com/${owner}/${repo}}.`, 4],
    [`https://gitlab.com/${owner}/${repo}.`, 3],
    [`https://${owner.toLowerCase()}.github.io/${name.toLowerCase()}.`, 10],
    [`https://hf-767.pages.dev/${owner}/${name}-7B.`, 5],
    [`https://anonymous.4open.science/r/${repo}-CF80/{/r/${repo}-CF80/}`, 2],
    [`https://${name.toLowerCase()}-project.com (www.${name.toLowerCase()}-project.com)`, 2],
    [`https://github.com/${owner}/${repo}.git.`, 3],
  ]);
}
