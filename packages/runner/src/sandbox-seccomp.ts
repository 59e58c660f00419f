/**
 * A seccomp filter (classic BPF, as bubblewrap's --seccomp reads it) refusing the few system calls
 * that escape the memory limits or only widen the kernel's attack surface. Measured: under a 128 MB
 * address-space limit, a program held 512 MB of System V shared memory after detaching each
 * segment (the segments outlive the mapping, RLIMIT_AS never sees them). Everything else passes.
 */

const AUDIT_ARCH = { x64: 0xc000003e, arm64: 0xc00000b7 } as const;

/** Refused per architecture: System V IPC, the kernel keyrings, io_uring, bpf, perf events, userfaultfd. */
const REFUSED: Record<keyof typeof AUDIT_ARCH, number[]> = {
  // shmget shmat shmctl semget semop semctl shmdt msgget msgsnd msgrcv msgctl semtimedop
  // add_key request_key keyctl perf_event_open bpf userfaultfd io_uring_setup/enter/register
  x64: [29, 30, 31, 64, 65, 66, 67, 68, 69, 70, 71, 220, 248, 249, 250, 298, 321, 323, 425, 426, 427],
  // msgget msgctl msgrcv msgsnd semget semctl semtimedop semop shmget shmctl shmat shmdt
  // add_key request_key keyctl perf_event_open bpf userfaultfd io_uring_setup/enter/register
  arm64: [186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 217, 218, 219, 241, 280, 282, 425, 426, 427],
};

const LD_W_ABS = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const RET_K = 0x06;
const SECCOMP_RET_ALLOW = 0x7fff0000;
const SECCOMP_RET_ERRNO = 0x00050000;
const EPERM = 1;
const ENOSYS = 38;
/** x86-64's x32 ABI marks its syscall numbers with this bit: refused whole, like any foreign ABI. */
const X32_BIT = 0x40000000;

type Instruction = [code: number, jt: number, jf: number, k: number];

/** The filter for this machine's architecture, or null where none is known (the sandbox runs without). */
export function seccompFilter(arch: string = process.arch): Buffer | null {
  if (arch !== "x64" && arch !== "arm64") return null;
  const refused = REFUSED[arch];
  const deny = refused.length + 2; // distance from after the syscall check to the "deny" return
  const program: Instruction[] = [
    [LD_W_ABS, 0, 0, 4], // seccomp_data.arch
    [JEQ_K, 1, 0, AUDIT_ARCH[arch]],
    [RET_K, 0, 0, SECCOMP_RET_ERRNO | ENOSYS], // a foreign ABI (32-bit calls on a 64-bit kernel)
    [LD_W_ABS, 0, 0, 0], // seccomp_data.nr
    [JGE_K, deny - 1, 0, arch === "x64" ? X32_BIT : 0xffffffff],
    ...refused.map((nr, index): Instruction => [JEQ_K, deny - 2 - index, 0, nr]),
    [RET_K, 0, 0, SECCOMP_RET_ALLOW],
    [RET_K, 0, 0, SECCOMP_RET_ERRNO | EPERM],
  ];
  const buffer = Buffer.alloc(program.length * 8);
  program.forEach(([code, jt, jf, k], index) => {
    buffer.writeUInt16LE(code, index * 8);
    buffer.writeUInt8(jt, index * 8 + 2);
    buffer.writeUInt8(jf, index * 8 + 3);
    buffer.writeUInt32LE(k >>> 0, index * 8 + 4);
  });
  return buffer;
}
