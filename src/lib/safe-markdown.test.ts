import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { PluginFactoryContext } from 'satteri';
import { describe, expect, test } from 'vitest';
import { isSafeUrl, safeMarkdownHast, safeMarkdownMdast } from './safe-markdown.ts';

/** Renders Markdown the way the site renders a paper file: Astro's Sätteri pipeline with the site's plugins. */
async function render(
  markdown: string,
  plugins = { mdastPlugins: [safeMarkdownMdast], hastPlugins: [safeMarkdownHast] },
): Promise<string> {
  const processor = await createSatteriMarkdownProcessor(plugins);
  return (await processor.render(markdown)).code.trim();
}

describe('safeMarkdownMdast and safeMarkdownHast', () => {
  test('render a real abstract with its repository link unchanged', async () => {
    expect(
      await render(
        'Our code is available at <https://github.com/GATECH-EIC/ACT>. Results improve by up to 7.30% on Llama-30B.',
      ),
    ).toBe(
      '<p>Our code is available at <a href="https://github.com/GATECH-EIC/ACT">https://github.com/GATECH-EIC/ACT</a>. Results improve by up to 7.30% on Llama-30B.</p>',
    );
  });

  test('show inline raw HTML as text, never as markup', async () => {
    expect(await render('Fast <script>alert(1)</script> and <img src=x onerror="alert(2)"> attention.')).toBe(
      '<p>Fast &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror="alert(2)"&gt; attention.</p>',
    );
  });

  test('show block raw HTML as a paragraph of text', async () => {
    expect(await render('Abstract.\n\n<iframe src="https://evil.example/"></iframe>\n\nMore.')).toBe(
      '<p>Abstract.</p>\n<p>&lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;</p>\n<p>More.</p>',
    );
  });

  test('turn script and data links into their text', async () => {
    expect(
      await render(
        '[click](javascript:alert(1)) [x](JAVASCRIPT:alert(2)) [y](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(3)> [r][ref]\n\n[ref]: vbscript:msgbox(1)',
      ),
    ).toBe('<p>click x y javascript:alert(3) r</p>');
  });

  test('turn images into their alt text', async () => {
    expect(await render('See ![a figure](https://tracker.example/pixel.png) and ![local](./figure.png).')).toBe(
      '<p>See a figure and local.</p>',
    );
  });

  test('keep http(s), mailto and relative links', async () => {
    expect(
      await render('[a](https://a.example/) [b](http://b.example) [c](mailto:c@example.org) [d](/papers/x/)'),
    ).toBe(
      '<p><a href="https://a.example/">a</a> <a href="http://b.example">b</a> <a href="mailto:c@example.org">c</a> <a href="/papers/x/">d</a></p>',
    );
  });

  test('each keep raw HTML and script links out on their own, for defence in depth', async () => {
    const hostile =
      'A <script>alert(1)</script> [x](javascript:alert(2))\n\n<iframe src="https://evil.example/"></iframe>';
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;';
    expect(await render(hostile, { mdastPlugins: [safeMarkdownMdast], hastPlugins: [] })).toBe(
      `<p>A ${escaped} x</p>\n<p>&lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;</p>`,
    );
    expect(await render(hostile, { mdastPlugins: [], hastPlugins: [safeMarkdownHast] })).toBe(
      `<p>A ${escaped} x</p>\n&lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;`,
    );
  });

  test('leave MDX alone: topic and page MDX is code written by maintainers', () => {
    const context = (sourceFormat: 'markdown' | 'mdx'): PluginFactoryContext => ({
      fileURL: undefined,
      sourceFormat,
      source: '',
      data: {},
    });
    for (const entry of [safeMarkdownMdast, safeMarkdownHast]) {
      if (typeof entry !== 'function') throw new Error('expected a plugin factory');
      expect(entry(context('mdx'))).toBeNull();
      expect(entry(context('markdown'))).toMatchObject({ name: expect.stringMatching(/^paper-archive-/) as unknown });
    }
  });
});

describe('isSafeUrl', () => {
  test('allows http(s), mailto and relative references', () => {
    for (const url of [
      'https://arxiv.org/abs/1',
      'HTTP://x.example',
      'mailto:a@b.c',
      '/a/b',
      '#abstract',
      'x.html',
      '',
    ]) {
      expect(isSafeUrl(url)).toBe(true);
    }
  });

  test('refuses every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ]) {
      expect(isSafeUrl(url)).toBe(false);
    }
  });
});
