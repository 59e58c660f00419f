"""Loopwise's Python harness (started by harness.py): it waits for one job on stdin.

cases mode: load the user's code once, call it for every case in this process, and write one JSON
line per case on fd 3 (the user's prints stay on stdout). script mode: run the code as __main__
with the job's stdin swapped onto fd 0. The host compares answers: expected values never come in.

A cold start imports only what a hello world needs (measured: json, signal, traceback and typing
took 30 ms where the interpreter takes 16): cases mode imports its own, errors theirs.
"""

import builtins
import os
import resource
import sys
import time

import _signal  # the signal module's C half: signal itself imports enum
from lw_json import dumps, loads

FILENAME = "solution.py"
RESULTS = os.fdopen(3, "w", buffering=1, closefd=False)


def emit(record):
    RESULTS.write(dumps(record) + "\n")
    RESULTS.flush()


def memory_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def user_line(tb):
    import traceback

    line = None
    for frame in traceback.extract_tb(tb):
        if frame.filename == FILENAME:
            line = frame.lineno
    return line


def describe(error):
    import traceback

    text = "".join(traceback.format_exception_only(type(error), error)).strip()
    described = {"message": text}
    line = getattr(error, "lineno", None) if isinstance(error, SyntaxError) else user_line(error.__traceback__)
    if line is not None:
        described["line"] = line
    return described


def user_traceback(error):
    """The traceback without the harness's own frames."""
    import traceback

    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != FILENAME:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(error), error, tb))


def solution_namespace():
    """ListNode, TreeNode, and annotations such as List[int] without an import, as on most judges."""
    import typing

    from lw_values import ListNode, TreeNode

    scope = {"__name__": "solution", "__builtins__": builtins, "ListNode": ListNode, "TreeNode": TreeNode}
    scope.update({key: getattr(typing, key) for key in typing.__all__})
    return scope


def call_case(entry, target, case):
    from lw_values import to_json, to_native

    if entry["kind"] == "function":
        args = [to_native(arg, kind) for arg, kind in zip(case, entry["params"])]
        return to_json(target(*args), entry["returns"])
    returns, instance = [], None
    for method, args in case:
        if instance is None:
            instance = target(*[to_native(arg, kind) for arg, kind in zip(args, entry["ctor"])])
            returns.append(None)
            continue
        spec = entry["methods"].get(method)
        if spec is None:
            raise AttributeError(f"no method {method} in the signature")
        native = [to_native(arg, kind) for arg, kind in zip(args, spec["params"])]
        result = getattr(instance, spec["name"])(*native)
        returns.append(None if spec["returns"] == "void" else to_json(result, spec["returns"]))
    return returns


def arm_timers(cpu_ms, wall_ms):
    """The kernel ends the process when a case overruns: no user code can catch these signals.
    CPU time is the limit; the wall timer is a backstop that only catches sleeping."""
    _signal.setitimer(_signal.ITIMER_PROF, cpu_ms / 1000)
    _signal.setitimer(_signal.ITIMER_REAL, wall_ms / 1000)


def disarm_timers():
    _signal.setitimer(_signal.ITIMER_PROF, 0)
    _signal.setitimer(_signal.ITIMER_REAL, 0)


def remember_source(source):
    """Tracebacks, the harness's and the user's own, show the user's lines: linecache finds them in
    the working folder (/tmp) under the name the code is compiled with. Importing linecache to fill
    its cache costs 2.5 ms (it imports tokenize, and re); a write costs nothing."""
    try:
        with open(FILENAME, "w", encoding="utf-8") as handle:
            handle.write(source)
    except OSError:
        import linecache

        linecache.cache[FILENAME] = (len(source), None, source.splitlines(True), FILENAME)


def run_cases(job):
    entry = job["entry"]
    remember_source(job["source"])
    try:
        code = compile(job["source"], FILENAME, "exec")
    except (SyntaxError, ValueError) as error:
        emit({"t": "compile_error", **describe(error)})
        return
    scope = solution_namespace()
    try:
        exec(code, scope)
    except BaseException as error:
        emit({"t": "load_error", **describe(error)})
        return
    target = scope.get(entry["name"])
    if not callable(target):
        what = "function" if entry["kind"] == "function" else "class"
        emit({"t": "compile_error", "message": f"the solution must define a {what} named {entry['name']}"})
        return
    for number, case in enumerate(job["cases"]):
        emit({"t": "start", "i": number})
        started = time.perf_counter()
        arm_timers(job["timeLimitMs"], job["wallLimitMs"])
        try:
            value = call_case(entry, target, case)
            disarm_timers()
            record = {"t": "case", "i": number, "ms": (time.perf_counter() - started) * 1000, "value": value}
            try:
                emit(record)
            except (TypeError, ValueError) as error:
                emit({**record, "value": None, "error": {"message": f"the answer is not JSON: {error}"}})
        except MemoryError:
            disarm_timers()
            emit({"t": "case", "i": number, "ms": (time.perf_counter() - started) * 1000, "memory": True})
        except BaseException as error:
            disarm_timers()
            emit({"t": "case", "i": number, "ms": (time.perf_counter() - started) * 1000, "error": describe(error)})
    sys.stdout.flush()
    emit({"t": "end", "memoryKb": memory_kb()})


def swap_stdin(text):
    """The program reads its own input from fd 0 and sys.stdin, as if it had been started with it."""
    path = "/tmp/.stdin"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    fd = os.open(path, os.O_RDONLY)
    os.dup2(fd, 0)
    os.close(fd)
    os.unlink(path)
    sys.stdin = open(0, "r", encoding="utf-8", closefd=False)


def run_script(job):
    swap_stdin(job.get("stdin") or "")
    remember_source(job["source"])
    try:
        code = compile(job["source"], FILENAME, "exec")
    except (SyntaxError, ValueError) as error:
        emit({"t": "compile_error", **describe(error)})
        return 1
    exit_code, error = 0, None
    try:
        exec(code, {"__name__": "__main__", "__builtins__": builtins})
    except SystemExit as stop:
        exit_code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        if stop.code is not None and not isinstance(stop.code, int):
            sys.stderr.write(f"{stop.code}\n")
    except MemoryError as caught:
        # No import (the traceback module is not loaded yet) where memory just ran out.
        exit_code, error = 1, caught
        sys.stderr.write("MemoryError\n")
    except BaseException as caught:
        exit_code, error = 1, caught
        sys.stderr.write(user_traceback(caught))
    try:
        sys.stdout.flush()
    except BaseException:
        pass
    record = {"t": "exit", "code": exit_code, "memoryKb": memory_kb()}
    if isinstance(error, MemoryError):
        record["memory"] = True
    elif error is not None:
        record["error"] = describe(error)
    emit(record)
    return exit_code


def main():
    _signal.signal(_signal.SIGPROF, _signal.SIG_DFL)
    _signal.signal(_signal.SIGALRM, _signal.SIG_DFL)
    # Deep enough for a recursive walk of 10^5 nodes; infinite recursion still ends as RecursionError.
    sys.setrecursionlimit(200_000)
    job = loads(sys.stdin.buffer.read().decode("utf-8"))
    if job["mode"] == "script":
        code = run_script(job)
        os._exit(code)
    run_cases(job)
    os._exit(0)

