/** The statement without its first heading when that heading is the title the page shows above it. */
export function statementBody(statement: string, title: string): string {
  const match = /^\s*#\s+(.+)\n+/.exec(statement);
  return match && match[1]!.trim().toLowerCase() === title.trim().toLowerCase()
    ? statement.slice(match[0].length)
    : statement;
}
