import { CloseButton, Kbd, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useNavigate, useRouterState } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { isPipelinePath } from "./main-pages";
import { registerSearchInput } from "./ui-store";

type Area = "companies" | "contacts" | "pipeline" | "elsewhere";

const PLACEHOLDERS: Record<Area, string> = {
  companies: "Search companies",
  contacts: "Search contacts",
  pipeline: "Search companies, roles, tags, notes",
  elsewhere: "Search applications",
};

function areaOf(pathname: string): Area {
  if (pathname.startsWith("/companies")) return "companies";
  if (pathname.startsWith("/contacts")) return "contacts";
  if (isPipelinePath(pathname)) return "pipeline";
  return "elsewhere";
}

/**
 * The header search: the `q` of the page in view (board, table, companies or contacts), kept in
 * the URL. On a page with nothing to filter it searches the applications, on the board.
 */
export function GlobalSearch() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const area = areaOf(pathname);
  // A fresh field per area, so a query typed on one page does not leak into the other.
  return <SearchField key={area} area={area} />;
}

function SearchField({ area }: { area: Area }) {
  const navigate = useNavigate();
  const urlQ = useRouterState({ select: (s) => (s.location.search as { q?: unknown }).q });
  const current = typeof urlQ === "string" ? urlQ : typeof urlQ === "number" ? String(urlQ) : "";
  const [value, setValue] = useState(current);
  const [debounced] = useDebouncedValue(value, 200);
  const input = useRef<HTMLInputElement | null>(null);

  // The URL changed from elsewhere (a "Clear filters" button, back/forward): show it.
  useEffect(() => {
    if (document.activeElement !== input.current) setValue(current);
  }, [current]);

  useEffect(() => {
    if (debounced.trim() === current.trim()) return;
    void navigate({
      to: area === "elsewhere" ? "/" : ".",
      search: (prev: Record<string, unknown>) => ({ ...prev, q: debounced.trim() || undefined }),
      replace: true,
    });
    // Only a new debounced value navigates; the URL value is read, not watched.
  }, [debounced]);

  return (
    <TextInput
      ref={(node) => {
        input.current = node;
        registerSearchInput(node);
      }}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          setValue("");
          e.currentTarget.blur();
        }
      }}
      placeholder={PLACEHOLDERS[area]}
      aria-label="Search"
      type="search"
      leftSection={<IconSearch size={16} />}
      rightSection={
        value ? (
          <CloseButton size="sm" aria-label="Clear search" onClick={() => setValue("")} />
        ) : (
          <Kbd size="xs">/</Kbd>
        )
      }
      w={{ base: 160, sm: 300, lg: 380 }}
      visibleFrom="xs"
    />
  );
}
