import { describe, expect, it } from 'vitest';
import { inlineHashes } from '../../../src/build/http-headers/inline-hashes';

describe('hashes of inline scripts', () => {
  it('hash the exact text between the tags, whitespace included, as browsers do', () => {
    const page = '<head><script>\n\tStarlightThemeProvider.updatePickers();\n</script></head>';
    expect(inlineHashes([page]).script).toEqual(['sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=']);
  });

  it('skip scripts loaded from a file, and list each inline one once across pages, sorted', () => {
    const a =
      '<script type="module" src="/_astro/page.js"></script><script>console.log(1)</script><script>\n\tStarlightThemeProvider.updatePickers();\n</script>';
    const b = '<script type="module">console.log(1)</script>';
    expect(inlineHashes([a, b]).script).toEqual([
      'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M=',
      'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
    ]);
  });
});
