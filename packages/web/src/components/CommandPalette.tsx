import { Kbd } from "@mantine/core";
import { Spotlight, useSpotlight, type SpotlightActionGroupData } from "@mantine/spotlight";
import { IconBriefcase, IconKeyboard, IconMoonStars, IconPlus, IconSearch } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { stageLabel } from "@loopwise/domain";
import { ALL_APPLICATIONS, fetchApplications } from "../api/applications";
import { queryKeys } from "../api/query-keys";
import { useToggleColorScheme } from "./ColorSchemeToggle";
import { useOverlay } from "./overlay-store";
import { paletteStore } from "./palette-store";
import { openNewApplication, setShortcutsOpened } from "./ui-store";
import { MAIN_PAGES } from "./main-pages";
import { useGoTo } from "./use-go-to";
import { useOpenApplication } from "./use-open-application";
import { applicationName } from "./application-name";

export function CommandPalette() {
  const { opened } = useSpotlight(paletteStore);
  // Open over a drawer, the palette takes Escape: the drawer must not close with it.
  useOverlay(opened);
  const goTo = useGoTo();
  const openApplication = useOpenApplication();
  const toggleColorScheme = useToggleColorScheme();
  const { data } = useQuery({
    queryKey: queryKeys.applicationList(ALL_APPLICATIONS),
    queryFn: () => fetchApplications(ALL_APPLICATIONS),
    enabled: opened,
  });

  const actions = useMemo((): SpotlightActionGroupData[] => {
    const commands: SpotlightActionGroupData = {
      group: "Commands",
      actions: [
        {
          id: "new",
          label: "New application",
          leftSection: <IconPlus size={18} />,
          rightSection: <Kbd size="xs">N</Kbd>,
          onClick: () => openNewApplication(),
        },
        ...MAIN_PAGES.map(({ to, label, key, icon: Icon }) => ({
          id: `go-${to}`,
          label: `Go to ${label.toLowerCase()}`,
          leftSection: <Icon size={18} />,
          rightSection: <Kbd size="xs">{key}</Kbd>,
          onClick: () => goTo(to),
        })),
        {
          id: "dark",
          label: "Toggle dark mode",
          keywords: ["theme", "light", "color"],
          leftSection: <IconMoonStars size={18} />,
          onClick: toggleColorScheme,
        },
        {
          id: "help",
          label: "Keyboard shortcuts",
          keywords: ["help", "keys"],
          leftSection: <IconKeyboard size={18} />,
          rightSection: <Kbd size="xs">?</Kbd>,
          onClick: () => setShortcutsOpened(true),
        },
      ],
    };
    const applications: SpotlightActionGroupData = {
      group: "Applications",
      actions: (data?.applications ?? []).map((a) => ({
        id: a.id,
        label: applicationName(a),
        description: stageLabel(a.stage) + (a.archived ? " · archived" : ""),
        keywords: a.tags,
        leftSection: <IconBriefcase size={18} />,
        onClick: () => openApplication(a.id),
      })),
    };
    return [commands, applications];
  }, [data, goTo, openApplication, toggleColorScheme]);

  return (
    <Spotlight
      store={paletteStore}
      actions={actions}
      shortcut={["mod + K"]}
      limit={12}
      highlightQuery
      nothingFound="Nothing matches"
      searchProps={{ leftSection: <IconSearch size={18} />, placeholder: "Type a command or an application…" }}
    />
  );
}
