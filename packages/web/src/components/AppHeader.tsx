import { ActionIcon, Burger, Button, Group, Text, Tooltip } from "@mantine/core";
import { IconCommand, IconKeyboard, IconLoader3, IconPlus } from "@tabler/icons-react";
import { palette } from "./palette-store";
import { Link } from "@tanstack/react-router";
import { ColorSchemeToggle } from "./ColorSchemeToggle";
import { GlobalSearch } from "./GlobalSearch";
import { openNewApplication, setShortcutsOpened } from "./ui-store";
import classes from "./AppHeader.module.css";

interface Props {
  mobileOpened: boolean;
  onToggleMobile: () => void;
}

export function AppHeader({ mobileOpened, onToggleMobile }: Props) {
  return (
    <Group h="100%" px="md" gap="md" wrap="nowrap">
      <Burger opened={mobileOpened} onClick={onToggleMobile} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
      <Link to="/" className={classes.brand} aria-label="Loopwise home">
        <IconLoader3 size={24} stroke={2.25} className={classes.logo} aria-hidden />
        <Text fw={700} fz="lg" visibleFrom="xs">
          Loopwise
        </Text>
      </Link>
      <GlobalSearch />
      <Group gap="xs" wrap="nowrap" ml="auto">
        <Tooltip label="New application (N)">
          <Button leftSection={<IconPlus size={16} />} onClick={() => openNewApplication()} visibleFrom="xs">
            New application
          </Button>
        </Tooltip>
        <ActionIcon hiddenFrom="xs" size="lg" onClick={() => openNewApplication()} aria-label="New application">
          <IconPlus size={18} />
        </ActionIcon>
        <Tooltip label="Command palette (Ctrl/⌘ K)">
          <ActionIcon variant="default" size="lg" onClick={palette.open} aria-label="Open command palette">
            <IconCommand size={18} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Keyboard shortcuts (?)">
          <ActionIcon
            variant="default"
            size="lg"
            onClick={() => setShortcutsOpened(true)}
            aria-label="Keyboard shortcuts"
          >
            <IconKeyboard size={18} />
          </ActionIcon>
        </Tooltip>
        <ColorSchemeToggle />
      </Group>
    </Group>
  );
}
