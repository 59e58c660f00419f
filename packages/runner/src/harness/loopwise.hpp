// Loopwise's C++ harness library: the values (loopwise-json.hpp) and the loop that calls the
// solution once per case. The generated main.cpp includes this, then the user's solution.cpp, then
// one typed `run_case` for the problem's signature. Results go to fd 3.
#include "loopwise-json.hpp"
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>

namespace loopwise {

inline void emit(const string& line) {
    string text = line + "\n";
    for (size_t done = 0; done < text.size();) {
        ssize_t n = write(3, text.data() + done, text.size() - done);
        if (n <= 0) return;
        done += n;
    }
}

// The kernel ends the process when a case overruns (CPU time; the wall timer is a backstop for sleeping).
inline void arm(long ms, long wall_ms) {
    itimerval cpu{{0, 0}, {ms / 1000, (ms % 1000) * 1000}}, wall{{0, 0}, {wall_ms / 1000, (wall_ms % 1000) * 1000}};
    setitimer(ITIMER_PROF, &cpu, nullptr);
    setitimer(ITIMER_REAL, &wall, nullptr);
}

inline int main(string (*run_case)(const Json&)) {
    signal(SIGPROF, SIG_DFL);
    signal(SIGALRM, SIG_DFL);
    string input((istreambuf_iterator<char>(cin)), istreambuf_iterator<char>());
    Reader reader{input};
    Json job = reader.value();
    long limit = (long)job.at(0).integer, wall_limit = (long)job.at(1).integer;
    const Json& cases = job.at(2);
    for (size_t k = 0; k < cases.items.size(); k++) {
        emit("{\"t\":\"start\",\"i\":" + to_string(k) + "}");
        string head = "{\"t\":\"case\",\"i\":" + to_string(k) + ",\"ms\":";
        auto started = chrono::steady_clock::now();
        auto ms = [&] { return to_json(chrono::duration<double, milli>(chrono::steady_clock::now() - started).count()); };
        arm(limit, wall_limit);
        try {
            string value = run_case(cases.items[k]);
            arm(0, 0);
            emit(head + ms() + ",\"value\":" + value + "}");
        } catch (const bad_alloc&) {
            arm(0, 0);
            emit(head + ms() + ",\"memory\":true}");
        } catch (const exception& error) {
            arm(0, 0);
            emit(head + ms() + ",\"error\":{\"message\":" + to_json(string("exception: ") + error.what()) + "}}");
        } catch (...) {
            arm(0, 0);
            emit(head + ms() + ",\"error\":{\"message\":\"an exception that is not a std::exception\"}}");
        }
    }
    cout.flush();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    emit("{\"t\":\"end\",\"memoryKb\":" + to_string(usage.ru_maxrss) + "}");
    return 0;
}

}  // namespace loopwise
