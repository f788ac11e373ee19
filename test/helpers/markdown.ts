import MarkdownIt from 'markdown-it';

// Raw HTML on, as GitHub allows a subset of it; linkify on, as GFM autolinks URLs.
const md = new MarkdownIt({ html: true, linkify: true });

export function toHtml(markdown: string): string {
  return md.render(markdown);
}

/** HTML with code and pre elements removed: where mentions and links would be live. */
export function liveText(html: string): string {
  return html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '');
}

/** Every href in the HTML. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
}

/** Tags other than those our renderer writes itself. */
export function foreignTags(html: string): string[] {
  const ours = new Set(['p', 'code', 'pre', 'a', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'sub', 'strong', 'em', 'blockquote', 'br']);
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()).filter((t) => !ours.has(t));
}
