// Starts sleeping threads until the process limit refuses one.
#include <chrono>
#include <cstdio>
#include <system_error>
#include <thread>

int main() {
  int started = 0;
  try {
    for (; started < 10000; ++started) {
      std::thread([] { std::this_thread::sleep_for(std::chrono::seconds(30)); }).detach();
    }
  } catch (const std::system_error& error) {
    std::printf("{\"started\": %d, \"error\": \"%s\"}\n", started, error.what());
    return 0;
  }
  std::printf("{\"started\": %d}\n", started);
}
