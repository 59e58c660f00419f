// Loopwise's Rust harness: the loop that calls the solution once per case (values converted by
// loopwise_json.rs). The generated main.rs uses this module, includes the user's solution.rs at the
// crate's root, and defines `run_case`. Results go to fd 3; the kernel's CPU timer ends the process
// when a case overruns.
#[path = "/sandbox/loopwise_json.rs"]
mod json;
pub use json::*;
use std::io::{Read, Write};
use std::os::unix::io::FromRawFd;

#[repr(C)]
struct Timeval { sec: i64, usec: i64 }
#[repr(C)]
struct Itimerval { interval: Timeval, value: Timeval }
extern "C" {
    fn setitimer(which: i32, new: *const Itimerval, old: *mut Itimerval) -> i32;
}
const ITIMER_REAL: i32 = 0;
const ITIMER_PROF: i32 = 2;

/// The kernel ends the process when a case overruns (CPU time; the wall timer is a backstop for sleeping).
fn arm(ms: i64, wall_ms: i64) {
    let timer = |ms: i64| Itimerval { interval: Timeval { sec: 0, usec: 0 }, value: Timeval { sec: ms / 1000, usec: (ms % 1000) * 1000 } };
    unsafe {
        setitimer(ITIMER_PROF, &timer(ms), std::ptr::null_mut());
        setitimer(ITIMER_REAL, &timer(wall_ms), std::ptr::null_mut());
    }
}

thread_local! {
    static PANIC: RefCell<Option<(String, Option<u32>)>> = RefCell::new(None);
}

fn memory_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()).unwrap_or(0)
}

pub fn main(run_case: fn(&Json) -> String) {
    // A panic's message and the line in solution.rs, kept for the case's record instead of printed.
    std::panic::set_hook(Box::new(|info| {
        let message = info.payload().downcast_ref::<&str>().map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".into());
        let line = info.location().filter(|l| l.file().ends_with("solution.rs")).map(|l| l.line());
        PANIC.with(|p| *p.borrow_mut() = Some((message, line)));
    }));
    let mut results = unsafe { std::fs::File::from_raw_fd(3) };
    let mut emit = |line: String| { let _ = results.write_all((line + "\n").as_bytes()); };
    let mut input = Vec::new();
    std::io::stdin().read_to_end(&mut input).unwrap();
    let job = parse(&input, &mut 0);
    let (limit, wall_limit) = (i64::from_json(job.at(0)), i64::from_json(job.at(1)));
    for (k, case) in job.at(2).items().iter().enumerate() {
        emit(format!("{{\"t\":\"start\",\"i\":{}}}", k));
        let started = std::time::Instant::now();
        arm(limit, wall_limit);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_case(case)));
        arm(0, 0);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let record = match outcome {
            Ok(value) => format!("\"value\":{}", value),
            Err(_) => {
                let (message, line) = PANIC.with(|p| p.borrow_mut().take()).unwrap_or(("panic".into(), None));
                let line = line.map_or(String::new(), |l| format!(",\"line\":{}", l));
                format!("\"error\":{{\"message\":{}{}}}", format!("panicked: {}", message).to_json(), line)
            }
        };
        emit(format!("{{\"t\":\"case\",\"i\":{},\"ms\":{},{}}}", k, ms, record));
    }
    let _ = std::io::stdout().flush();
    emit(format!("{{\"t\":\"end\",\"memoryKb\":{}}}", memory_kb()));
}
