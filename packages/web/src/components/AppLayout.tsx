import { AppShell } from "@mantine/core";
import { useDisclosure, useLocalStorage } from "@mantine/hooks";
import { Outlet } from "@tanstack/react-router";
import { NewApplicationModal } from "../features/application/NewApplicationModal";
import { InterviewNotesReminder } from "../features/interviews/InterviewNotesReminder";
import { AppHeader } from "./AppHeader";
import { AppNav } from "./AppNav";
import { CommandPalette } from "./CommandPalette";
import { LiveAnnouncer } from "./LiveAnnouncer";
import { ShortcutsModal } from "./ShortcutsModal";
import { useGlobalShortcuts } from "./use-global-shortcuts";
import classes from "./AppLayout.module.css";

export function AppLayout() {
  const [mobileOpened, { toggle: toggleMobile, close: closeMobile }] = useDisclosure(false);
  const [navCollapsed, setNavCollapsed] = useLocalStorage({ key: "loopwise-nav-collapsed", defaultValue: false });
  useGlobalShortcuts();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: navCollapsed ? 64 : 200, breakpoint: "sm", collapsed: { mobile: !mobileOpened } }}
      padding={0}
    >
      <AppShell.Header className={classes.header}>
        <AppHeader mobileOpened={mobileOpened} onToggleMobile={toggleMobile} />
      </AppShell.Header>
      <AppShell.Navbar className={classes.navbar}>
        <AppNav collapsed={navCollapsed} onCollapse={setNavCollapsed} onNavigate={closeMobile} />
      </AppShell.Navbar>
      <AppShell.Main className={classes.main}>
        <Outlet />
      </AppShell.Main>
      <CommandPalette />
      <ShortcutsModal />
      <NewApplicationModal />
      <LiveAnnouncer />
      <InterviewNotesReminder />
    </AppShell>
  );
}
