"""The command servers the benchmarks' one-shot commands start, in a run's own runtime folder ($XDG_RUNTIME_DIR)."""
import os, time


def command_server_up(runtime):
    """Waits (up to 10 s) for the command server the last one-shot command started."""
    deadline = time.time() + 10
    while time.time() < deadline:
        folder = f"{runtime}/kamaki"
        if os.path.isdir(folder) and any(name.endswith(".sock") for name in os.listdir(folder)):
            return True
        time.sleep(0.02)
    return False


def stop_command_servers(runtime):
    """Stops them (their pids are in their lock files)."""
    folder = f"{runtime}/kamaki"
    for name in os.listdir(folder) if os.path.isdir(folder) else []:
        if name.endswith(".lock"):
            try:
                os.kill(int(open(f"{folder}/{name}").read().strip()), 15)
            except (ValueError, ProcessLookupError):
                pass
