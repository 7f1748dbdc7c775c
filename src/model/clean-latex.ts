/**
 * Rules that turn LaTeX residue in listing text into readable text. Each rule matches only
 * LaTeX-shaped text (backslashes, braces, fused command names), so ordinary words never change.
 * Every pattern is linear: a digest line can be megabytes long.
 */
const RULES: readonly (readonly [RegExp, string | ((...groups: string[]) => string)])[] = [
  // Escaped specials: `5\%`, `Prefill \& Decode`, `a.k.a.\ structural`.
  [/\\([%&#_$])/g, '$1'],
  [/\\ /g, ' '],
  // Inline math with no spaces kept as its content: `$λ$-ECLIPSE`.
  [/\$([^\s$]{1,40})\$/g, '$1'],
  // Font groups: `{\bf HyLRA}`, `({\bf Hy}brid`.
  [/\{\\(?:bf|it|em|tt|rm|sf|sc)\s+([^{}\\]*)\}/g, '$1'],
  // Font commands, with or without their backslash: `textbf{A}uxiliary`.
  [
    /\\?\b(?:textbf|textit|texttt|textrm|textsf|textsc|emph|mathbf|mathrm|mathit|mathcal|mathbb|underline)\{([^{}\\]*)\}/g,
    '$1',
  ],
  // Arrows whose backslash was lost: `"..." rightarrow "??"`.
  [/\\?\b(?:Longrightarrow|Rightarrow)\b/g, '⇒'],
  [/\\?\b(?:longrightarrow|rightarrow)\b|\\to\b/g, '→'],
  [/\\?\bleftarrow\b/g, '←'],
  // `Oleft(n^{1.5}dright)`: sizing commands fused to their delimiters, only as a pair in one token.
  [/\\?left([([|])([^\s()]{0,80}?)\\?right([)\]|])/g, '$1$2$3'],
  // Fractions that lost `\frac`: `1{N}` inside a superscript becomes `1/N`.
  [
    /\^\{([^{}\s]*?)(\d)\{(\w{1,8})\}([^{}\s]*)\}/g,
    (_m, before, numerator, denominator, after) => `^{${before}${numerator}/${denominator}${after}}`,
  ],
  // Single-token braces inside superscripts: `^{{4}/{3}}` -> `^{4/3}`.
  [/\^\{((?:[^{}\s]|\{[^{}\s]*\})*)\}/g, (_m, inner) => `^{${inner.replace(/[{}]/g, '')}}`],
  // Superscripts: `2^{d}` -> `2^d`, `L^{3/2}` -> `L^(3/2)`.
  [/\^\{([^{}\s])\}/g, '^$1'],
  [/\^\{([^{}\s]{2,40})\}/g, '^($1)'],
  // Non-breaking space between words: `representation~(DR)`, `Fig.~3`.
  [/(?<=[\p{L}\p{N}.)])~(?=[\p{L}\p{N}([])/gu, ' '],
  // Greek letters and common symbols only with their backslash, since `alpha` is also a word.
  [
    /\\(alpha|beta|gamma|delta|epsilon|lambda|mu|sigma|theta|tau|phi|pi|rho|omega)\b/g,
    (_m, name) => GREEK[name] ?? name,
  ],
  [/\\(times|cdot|approx|leq|geq|sim|pm|infty)\b/g, (_m, name) => SYMBOLS[name] ?? name],
];

const GREEK: Readonly<Record<string, string>> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  lambda: 'λ',
  mu: 'μ',
  sigma: 'σ',
  theta: 'θ',
  tau: 'τ',
  phi: 'φ',
  pi: 'π',
  rho: 'ρ',
  omega: 'ω',
};

const SYMBOLS: Readonly<Record<string, string>> = {
  times: '×',
  cdot: '·',
  approx: '≈',
  leq: '≤',
  geq: '≥',
  sim: '~',
  pm: '±',
  infty: '∞',
};

/** Turns LaTeX residue in a title or abstract into readable text, leaving ordinary words alone. */
export function cleanLatex(text: string): string {
  let result = text;
  for (const [pattern, replacement] of RULES) {
    result =
      typeof replacement === 'string' ? result.replace(pattern, replacement) : result.replace(pattern, replacement);
  }
  return result;
}
