import { createTheme, localStorageColorSchemeManager } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "indigo",
  defaultRadius: "md",
  cursorType: "pointer",
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: "650" },
  components: {
    Tooltip: { defaultProps: { openDelay: 400, withArrow: true } },
    Modal: {
      defaultProps: { centered: true },
      styles: { title: { fontSize: "var(--mantine-font-size-lg)", fontWeight: 650 } },
    },
  },
});

/** The same key index.html reads before the first paint. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: "loopwise-color-scheme" });
