import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { INDEX_BREAK_HTML } from './dash-breaks.ts';
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

/** The rendered HTML with each break element written `|`: the breaks are found by their one definition. */
async function renderBreaks(markdown: string): Promise<string> {
  return (await render(markdown)).replace(INDEX_BREAK_HTML, '|');
}

describe('indexBreaksHast', () => {
  test('puts a hidden break after each dash that joins two words, in any text, links and code too', async () => {
    const abstract =
      'We compress the KV-cache of *state-of-the-art* GPT-4 models; code at <https://github.com/GATECH-EIC/ACT> and `kv-cache`.';
    const html = await render(abstract);
    expect(html.replace(INDEX_BREAK_HTML, '|')).toBe(
      `<p>We compress the KV-|cache of <em>state-|of-|the-|art</em> GPT-4 models; code at <a href="https://github.com/GATECH-EIC/ACT">https://github.com/GATECH-|EIC/ACT</a> and <code>kv-|cache</code>.</p>`,
    );
    // The reader's text, which listings, descriptions and the data export are made of, has none of them.
    expect(htmlToText(html)).toBe(
      'We compress the KV-cache of state-of-the-art GPT-4 models; code at https://github.com/GATECH-EIC/ACT and kv-cache.',
    );
  });

  test('breaks contributed markup only as the text it is shown as', async () => {
    expect(await renderBreaks('Fast <b>KV-cache</b> x-ray.')).toBe(`<p>Fast &lt;b&gt;KV-|cache&lt;/b&gt; x-ray.</p>`);
  });

  test('reads a dash with the text around it in its block, across emphasis, links and code', async () => {
    expect(await renderBreaks('We compress the **KV**-cache of *state*-of-the-*art* models.')).toBe(
      '<p>We compress the <strong>KV</strong>-|cache of <em>state</em>-|of-|the-|<em>art</em> models.</p>',
    );
    expect(
      await renderBreaks('A [KV](https://example.org/kv)-cache, `kv`-cache and KV-[cache](https://example.org).'),
    ).toBe(
      '<p>A <a href="https://example.org/kv">KV</a>-|cache, <code>kv</code>-|cache and KV-|<a href="https://example.org">cache</a>.</p>',
    );
    // The same rule as in plain text: next to a single letter or digit, a dash breaks nothing.
    expect(await renderBreaks('*GPT*-4 and **x**-ray, *GPT-4*-based.')).toBe(
      '<p><em>GPT</em>-4 and <strong>x</strong>-ray, <em>GPT-4</em>-|based.</p>',
    );
  });

  test('breaks no word across blocks or lines', async () => {
    expect(await renderBreaks('- KV\n- -cache\n\nKV  \n-cache')).toBe(
      '<ul>\n<li>KV</li>\n<li>-cache</li>\n</ul>\n<p>KV<br>\n-cache</p>',
    );
  });

  test('leaves a text without such a dash as it was', async () => {
    expect(await render('GPT-4 and 3-D, pre- and post training — as usual.')).toBe(
      '<p>GPT-4 and 3-D, pre- and post training — as usual.</p>',
    );
  });
});
