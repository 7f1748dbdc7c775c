import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { indexBreaksHast } from './index-breaks-plugin.ts';
import { htmlToText } from './plain-text.ts';
import { safeMarkdownHast, safeMarkdownMdast } from './safe-markdown.ts';

/** Renders Markdown as the site renders a paper file: Astro's Sätteri pipeline with the site's plugins. */
async function render(markdown: string): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({
    mdastPlugins: [safeMarkdownMdast],
    hastPlugins: [safeMarkdownHast, indexBreaksHast],
  });
  return (await processor.render(markdown)).code.trim();
}

const BREAK = '<span hidden>~ </span>';

describe('indexBreaksHast', () => {
  test('puts a hidden break after each dash that joins two words, in any text, links and code too', async () => {
    const abstract =
      'We compress the KV-cache of *state-of-the-art* GPT-4 models; code at <https://github.com/GATECH-EIC/ACT> and `kv-cache`.';
    const html = await render(abstract);
    expect(html).toBe(
      `<p>We compress the KV-${BREAK}cache of <em>state-${BREAK}of-${BREAK}the-${BREAK}art</em> GPT-4 models; code at <a href="https://github.com/GATECH-EIC/ACT">https://github.com/GATECH-${BREAK}EIC/ACT</a> and <code>kv-${BREAK}cache</code>.</p>`,
    );
    // The reader's text, which listings, descriptions and the data export are made of, has none of them.
    expect(htmlToText(html)).toBe(
      'We compress the KV-cache of state-of-the-art GPT-4 models; code at https://github.com/GATECH-EIC/ACT and kv-cache.',
    );
  });

  test('breaks contributed markup only as the text it is shown as', async () => {
    expect(await render('Fast <b>KV-cache</b> x-ray.')).toBe(`<p>Fast &lt;b&gt;KV-${BREAK}cache&lt;/b&gt; x-ray.</p>`);
  });

  test('leaves a text without such a dash as it was', async () => {
    expect(await render('GPT-4 and 3-D, pre- and post training — as usual.')).toBe(
      '<p>GPT-4 and 3-D, pre- and post training — as usual.</p>',
    );
  });
});
