import { ActionIcon, Kbd, NavLink, Stack, Tooltip } from "@mantine/core";
import {
  IconBuildingSkyscraper,
  IconLayoutKanban,
  IconLayoutSidebarLeftCollapse,
  IconLayoutSidebarLeftExpand,
  IconTable,
} from "@tabler/icons-react";
import { Link, useRouterState } from "@tanstack/react-router";
import type { ComponentType } from "react";

type NavTarget = "/" | "/table" | "/companies";

interface Item {
  to: NavTarget;
  label: string;
  key: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
}

const ITEMS: Item[] = [
  { to: "/", label: "Board", key: "B", icon: IconLayoutKanban },
  { to: "/table", label: "Table", key: "T", icon: IconTable },
  { to: "/companies", label: "Companies", key: "C", icon: IconBuildingSkyscraper },
];

function activeTarget(pathname: string, from: unknown): NavTarget {
  if (pathname.startsWith("/companies")) return "/companies";
  if (pathname.startsWith("/table") || from === "table") return "/table";
  return "/";
}

interface Props {
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  onNavigate: () => void;
}

export function AppNav({ collapsed, onCollapse, onNavigate }: Props) {
  const location = useRouterState({ select: (s) => s.location });
  const active = activeTarget(location.pathname, (location.search as { from?: unknown }).from);

  return (
    <Stack component="nav" aria-label="Main" p="xs" gap={4} h="100%">
      {ITEMS.map(({ to, label, key, icon: Icon }) => {
        const link = (
          <NavLink
            key={to}
            component={Link}
            to={to}
            label={collapsed ? undefined : label}
            aria-label={collapsed ? label : undefined}
            leftSection={<Icon size={20} stroke={1.6} />}
            rightSection={
              collapsed ? undefined : (
                <Kbd size="xs" aria-hidden>
                  {key}
                </Kbd>
              )
            }
            aria-keyshortcuts={key}
            active={active === to}
            onClick={onNavigate}
            styles={{ root: { borderRadius: "var(--mantine-radius-md)" } }}
          />
        );
        return collapsed ? (
          <Tooltip key={to} label={`${label} (${key})`} position="right">
            {link}
          </Tooltip>
        ) : (
          link
        );
      })}
      <Tooltip label={collapsed ? "Expand sidebar" : "Collapse sidebar"} position="right">
        <ActionIcon
          variant="subtle"
          color="gray"
          mt="auto"
          ml={collapsed ? 8 : "auto"}
          onClick={() => onCollapse(!collapsed)}
          aria-label={collapsed ? "Expand sidebar" : "Collapse sidebar"}
          visibleFrom="sm"
        >
          {collapsed ? <IconLayoutSidebarLeftExpand size={18} /> : <IconLayoutSidebarLeftCollapse size={18} />}
        </ActionIcon>
      </Tooltip>
    </Stack>
  );
}
