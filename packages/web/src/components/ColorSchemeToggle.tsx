import { ActionIcon, Tooltip, useComputedColorScheme, useMantineColorScheme } from "@mantine/core";
import { IconMoon, IconSun } from "@tabler/icons-react";

export function useToggleColorScheme(): () => void {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme("light", { getInitialValueInEffect: false });
  return () => setColorScheme(computed === "dark" ? "light" : "dark");
}

export function ColorSchemeToggle() {
  const computed = useComputedColorScheme("light", { getInitialValueInEffect: false });
  const toggle = useToggleColorScheme();
  const label = computed === "dark" ? "Switch to light mode" : "Switch to dark mode";
  return (
    <Tooltip label={label}>
      <ActionIcon variant="default" size="lg" onClick={toggle} aria-label={label}>
        {computed === "dark" ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}
