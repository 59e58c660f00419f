import {
  IconAddressBook,
  IconBuildingSkyscraper,
  IconCalendarEvent,
  IconChartBar,
  IconCode,
  IconCoin,
  IconDatabaseExport,
  IconLayoutKanban,
  IconSun,
  IconTable,
  IconTimeline,
} from "@tabler/icons-react";
import type { ComponentType } from "react";

export interface MainPage {
  to:
    | "/today"
    | "/"
    | "/table"
    | "/companies"
    | "/contacts"
    | "/interviews"
    | "/analytics"
    | "/offers"
    | "/plan"
    | "/practice"
    | "/data";
  label: string;
  /** The single-key shortcut (also G then the key). */
  key: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
}

/** The pages the sidebar, the shortcuts and the command palette all go to. */
export const MAIN_PAGES: readonly MainPage[] = [
  { to: "/today", label: "Today", key: "Y", icon: IconSun },
  { to: "/", label: "Board", key: "B", icon: IconLayoutKanban },
  { to: "/table", label: "Table", key: "T", icon: IconTable },
  { to: "/companies", label: "Companies", key: "C", icon: IconBuildingSkyscraper },
  { to: "/contacts", label: "Contacts", key: "P", icon: IconAddressBook },
  { to: "/interviews", label: "Interviews", key: "I", icon: IconCalendarEvent },
  { to: "/analytics", label: "Analytics", key: "A", icon: IconChartBar },
  { to: "/offers", label: "Offers", key: "O", icon: IconCoin },
  { to: "/plan", label: "Plan", key: "L", icon: IconTimeline },
  { to: "/practice", label: "Practice", key: "K", icon: IconCode },
  { to: "/data", label: "Import & export", key: "E", icon: IconDatabaseExport },
];

export type GoToTarget = MainPage["to"];

/** The board and the table are two views of one pipeline; they share its filters. */
export function isPipelinePath(pathname: string): boolean {
  return pathname === "/" || pathname.startsWith("/table") || pathname.startsWith("/applications");
}

/** The sidebar entry for where the user is. */
export function activePage(pathname: string, from: unknown): GoToTarget {
  if (!isPipelinePath(pathname)) {
    const page = MAIN_PAGES.find((p) => p.to !== "/" && pathname.startsWith(p.to));
    return page?.to ?? "/";
  }
  if (pathname.startsWith("/table") || from === "table") return "/table";
  return "/";
}
