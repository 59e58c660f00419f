import { MantineProvider } from "@mantine/core";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "../src/components/Markdown";

/** The HTML a note renders to, as the browser would receive it. */
function render(markdown: string): string {
  return renderToStaticMarkup(
    createElement(
      MantineProvider,
      { withCssVariables: false, withGlobalClasses: false },
      createElement(Markdown, null, markdown),
    ),
  );
}

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'" };

function decode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith("#x") || code.startsWith("#X")) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Every opening tag with its attributes. React writes well-formed markup with quoted values. */
function tagsOf(html: string): Tag[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((match) => ({
    name: match[1]!.toLowerCase(),
    attributes: Object.fromEntries(
      [...match[2]!.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), decode(a[2] ?? "")]),
    ),
  }));
}

const DANGEROUS_TAGS = new Set([
  "script",
  "iframe",
  "frame",
  "object",
  "embed",
  "style",
  "link",
  "meta",
  "form",
  "base",
  "svg",
  "math",
]);
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "background"];

/** What must never reach the page from a note: scripts, frames, event handlers, script or data URLs. */
function expectSafe(html: string): Tag[] {
  const tags = tagsOf(html);
  expect(tags.length, html).toBeGreaterThan(0);
  for (const tag of tags) {
    expect(DANGEROUS_TAGS.has(tag.name), `<${tag.name}> in ${html}`).toBe(false);
    for (const [name, value] of Object.entries(tag.attributes)) {
      expect(name.startsWith("on"), `${name} on <${tag.name}> in ${html}`).toBe(false);
      if (URL_ATTRIBUTES.includes(name)) {
        // Browsers ignore whitespace and control characters inside a scheme.
        const squeezed = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
        expect(squeezed, `${name} on <${tag.name}> in ${html}`).not.toMatch(/^(javascript|vbscript|data):/);
      }
    }
  }
  expect(html.toLowerCase()).not.toMatch(/<\s*(script|iframe)/);
  return tags;
}

describe("<Markdown> with hostile notes", () => {
  const hostile: [string, string][] = [
    ["a script block", "<script>alert(1)</script>"],
    ["a script inside a paragraph", "Hello <script>alert(1)</script> world"],
    ["an image with an error handler", "<img src=x onerror=alert(1)>"],
    ["an svg with a load handler", 'text <svg onload="alert(1)"><circle r="5"/></svg>'],
    ["a javascript: link", "[click me](javascript:alert(1))"],
    ["a javascript: link in mixed case with an entity colon", "[click me](JaVaScRiPt&#58;alert(1))"],
    ["a javascript: autolink", "<javascript:alert(1)>"],
    ["a javascript: reference link", "[click me][evil]\n\n[evil]: javascript:alert(1)"],
    ["a javascript: image", "![pic](javascript:alert(1))"],
    ["an iframe", '<iframe src="https://evil.example/"></iframe>'],
    ["an iframe with srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ["an HTML link to a data: URL", '<a href="data:text/html,<script>alert(1)</script>">open</a>'],
    ["a Markdown link to a data: URL", "[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["a data: image", "![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
    ["an HTML javascript: link", '<a href="javascript:alert(1)">x</a> and **bold**'],
    [
      "a form with a button",
      '<form action="https://evil.example"><button formaction="javascript:alert(1)">Go</button></form>',
    ],
    ["a style block", "<style>body { display: none }</style>\n\nvisible"],
    ["an object and an embed", '<object data="evil.swf"></object><embed src="evil.swf">'],
    ["a table cell with a handler", '| a |\n|---|\n| <b onclick="alert(1)">x</b> |'],
  ];

  it.each(hostile)("%s renders nothing that can run", (_name, markdown) => {
    expectSafe(render(`${markdown}\n\nafter`));
  });

  it("keeps the text of a link whose URL was unsafe, without the URL", () => {
    const html = render("[click me](javascript:alert(1))");
    expect(html).toContain("click me");
    expect(html).not.toContain("alert(1)");
    const link = tagsOf(html).find((tag) => tag.name === "a");
    expect(link?.attributes.href).toBeUndefined();
  });

  it("shows a raw <script> as nothing at all, never as something the page could run", () => {
    const html = render("before\n\n<script>alert(1)</script>\n\nafter");
    expect(html).toContain("before");
    expect(html).toContain("after");
    expect(html).not.toContain("alert(1)");
  });
});

describe("<Markdown> with ordinary notes", () => {
  it("renders bold, emphasis, lists and code", () => {
    const html = render("**Bold** and _soft_\n\n- one\n- two\n\n1. first\n2. second\n\n`inline` code");
    const tags = expectSafe(html);
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain("<em>soft</em>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ol>/);
    expect(html).toContain("<code>inline</code>");
    expect(tags.filter((tag) => tag.name === "li")).toHaveLength(4);
  });

  it("renders a GFM table", () => {
    const html = render("| Company | Stage |\n| --- | ---: |\n| Acme | Onsite |\n| Globex | Offer |");
    const tags = expectSafe(html);
    expect(tags.map((tag) => tag.name)).toEqual(expect.arrayContaining(["table", "thead", "tbody", "tr", "th", "td"]));
    expect(tags.filter((tag) => tag.name === "td")).toHaveLength(4);
    expect(html).toMatch(/<th[^>]*>Company<\/th>/);
    expect(html).toMatch(/<td[^>]*>Globex<\/td>/);
  });

  it("opens an https link in a new tab that cannot reach back to Loopwise", () => {
    const html = render("See [the posting](https://jobs.example/123?ref=a&b=c) and https://example.org/autolink");
    const links = expectSafe(html).filter((tag) => tag.name === "a");
    expect(links.map((link) => link.attributes.href)).toEqual([
      "https://jobs.example/123?ref=a&b=c",
      "https://example.org/autolink",
    ]);
    for (const link of links) {
      expect(link.attributes.target).toBe("_blank");
      expect(link.attributes.rel?.split(/\s+/)).toEqual(expect.arrayContaining(["noopener"]));
    }
  });

  it("keeps mailto links and escapes angle brackets in plain text", () => {
    const html = render("Write to [Jane](mailto:jane@example.com); 3 < 4 and 5 > 2");
    const link = expectSafe(html).find((tag) => tag.name === "a");
    expect(link?.attributes.href).toBe("mailto:jane@example.com");
    expect(html).toContain("3 &lt; 4 and 5 &gt; 2");
  });
});
