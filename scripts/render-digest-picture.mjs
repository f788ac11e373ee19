// Renders the seed's digest as GitHub shows it, for the README picture:
// the CLI bundle's markdown → GFM HTML (micromark) → GitHub's markdown CSS →
// headless Chromium screenshot at docs/digest.png.
//   npm run -s bundle && node scripts/render-digest-picture.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const input = process.argv[2] ?? join(root, 'test/fixtures/gerrit/kv_engine-gerrit-export.txt');
const output = process.argv[3] ?? join(root, 'docs/digest.png');
const markdown = execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), input], { encoding: 'utf8' });
const body = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })
  // Show the first <details> opened, as a reader who clicked it would see it.
  .replace('<details>', '<details open>');
const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const page = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.comment { width: 880px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
.comment-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font: 14px -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #57606a; border-radius: 6px 6px 0 0; }
.comment-header b { color: #1f2328; }
.markdown-body { padding: 16px; }
</style></head><body><div class="comment"><div class="comment-header"><b>github-actions</b> <span>bot</span> commented</div>
<article class="markdown-body">${body}</article></div></body></html>`;
const dir = mkdtempSync(join(tmpdir(), 'digest-picture-'));
writeFileSync(join(dir, 'digest.html'), page);
const chromium = process.env.CHROMIUM ?? 'chromium';
execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--screenshot=${output}`, '--window-size=914,1050', '--force-device-scale-factor=1', `file://${join(dir, 'digest.html')}`], { stdio: 'inherit' });
console.log(`wrote ${output}`);
