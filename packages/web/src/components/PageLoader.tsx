import { Center, Loader } from "@mantine/core";

export function PageLoader() {
  return (
    <Center flex={1} h="60vh">
      <Loader type="dots" aria-label="Loading" />
    </Center>
  );
}
