import { ActionIcon, Kbd, NavLink, Stack, Tooltip } from "@mantine/core";
import { IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand } from "@tabler/icons-react";
import { Link, useRouterState } from "@tanstack/react-router";
import { activePage, MAIN_PAGES } from "./main-pages";

interface Props {
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  onNavigate: () => void;
}

export function AppNav({ collapsed, onCollapse, onNavigate }: Props) {
  const location = useRouterState({ select: (s) => s.location });
  const active = activePage(location.pathname, (location.search as { from?: unknown }).from);

  return (
    <Stack component="nav" aria-label="Main" p="xs" gap={4} h="100%">
      {MAIN_PAGES.map(({ to, label, key, icon: Icon }) => {
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
