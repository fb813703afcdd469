"""A client process of the benchmarks' `user` scenario, on the official Python SDK (`openai_codex`).

Speaks the harness's line protocol on stdin/stdout (see dev.codexjava.bench.UserClient and benchmarks/README.md):
`start`, `restart`, `turns N`, `stream N`, `quit`. Uses the SDK's public API as its README shows it:
`Codex(config)`, `codex.thread_start(...)`, `thread.run(prompt)`, `thread.turn(prompt).stream()` iterated.
The binary and CODEX_HOME come from the environment (CODEX_BIN, CODEX_HOME, CODEX_BENCH_WORKDIR).
"""
import os
import sys
import time

from openai_codex import Codex, CodexConfig


def main() -> int:
    binary = os.environ["CODEX_BIN"]
    home = os.environ["CODEX_HOME"]
    work = os.environ["CODEX_BENCH_WORKDIR"]
    prompt = os.environ.get("CODEX_BENCH_PROMPT", "Say ok")
    config = CodexConfig(codex_bin=binary, cwd=work, env={"CODEX_HOME": home})
    codex = None
    thread = None

    def start():
        nonlocal codex, thread
        t0 = time.perf_counter_ns()
        codex = Codex(config)
        nanos = time.perf_counter_ns() - t0
        thread = codex.thread_start(ephemeral=True)
        return nanos

    def close():
        nonlocal codex, thread
        if codex is not None:
            codex.close()
            codex = None
            thread = None

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    try:
        for raw in sys.stdin:
            cmd = raw.split()
            if not cmd:
                continue
            try:
                t0 = time.perf_counter_ns()
                if cmd[0] in ("start", "restart"):
                    if cmd[0] == "restart":
                        close()
                    say("ok %.3f -1" % (start() / 1e6))
                elif cmd[0] == "turns":
                    for _ in range(int(cmd[1])):
                        result = thread.run(prompt)
                        if result.final_response is None:
                            raise RuntimeError("no answer")
                    say("ok %.3f -1" % ((time.perf_counter_ns() - t0) / 1e6))
                elif cmd[0] == "stream":
                    deltas = 0
                    first = last = 0
                    completed = False
                    for event in thread.turn(prompt).stream():
                        if event.method == "item/agentMessage/delta":
                            last = time.perf_counter_ns()
                            if deltas == 0:
                                first = last
                            deltas += 1
                        elif event.method == "turn/completed":
                            completed = True
                    if not completed:
                        raise RuntimeError("the stream ended without turn/completed")
                    wall = (time.perf_counter_ns() - t0) / 1e6
                    seconds = (last - first) / 1e9
                    rate = (deltas - 1) / seconds if seconds > 0 else 0.0
                    say("ok %.3f -1 %d %.1f" % (wall, deltas, rate))
                elif cmd[0] == "quit":
                    close()
                    say("ok")
                    return 0
                else:
                    say("err unknown command " + cmd[0])
            except Exception as ex:  # reported to the harness, which fails the run
                say("err " + repr(ex).replace("\n", " "))
    finally:
        close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
