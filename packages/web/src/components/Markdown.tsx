import { Typography } from "@mantine/core";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import classes from "./Markdown.module.css";

const PLUGINS = { remark: [remarkGfm], rehype: [rehypeSanitize] };

/**
 * Notes as Markdown. Raw HTML is never rendered (a pasted <script> shows as nothing), unsafe URLs
 * are dropped, and what remains goes through the GitHub-style sanitizer as well.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <Typography className={classes.markdown}>
      <ReactMarkdown
        remarkPlugins={PLUGINS.remark}
        rehypePlugins={PLUGINS.rehype}
        skipHtml
        components={{
          a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
        }}
      >
        {children}
      </ReactMarkdown>
    </Typography>
  );
}
