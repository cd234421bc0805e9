"""What the benchmark sections share: the built binaries, and the command servers their one-shot commands start
(in a run's own runtime folder, $XDG_RUNTIME_DIR)."""
import os, sqlite3, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def binaries():
    """(kamaki, kamaki-cloud, kamaki 0.16): ours built with $SWIFT_BUILD_FLAGS (release by default) unless
    bench.sh built them already ($BENCH_PREBUILT), kamaki 0.16 from $KAMAKI_PY2."""
    flags = os.environ.get("SWIFT_BUILD_FLAGS", "-c release").split()
    if not os.environ.get("BENCH_PREBUILT"):
        subprocess.run(["swift", "build"] + flags, cwd=ROOT, check=True, stdout=sys.stderr)
    bindir = subprocess.check_output(["swift", "build"] + flags + ["--show-bin-path"], cwd=ROOT, text=True).strip()
    py2 = os.path.join(os.environ.get("KAMAKI_PY2", "/opt/kamaki-py2"), "bin", "kamaki")
    return os.path.join(bindir, "kamaki"), os.path.join(bindir, "kamaki-cloud"), py2


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


def start_cloud(cloud_bin, state, settle, *extra):
    """A standalone kamaki-cloud on a free port with this state file: (process, identity url, token)."""
    cloud = subprocess.Popen([cloud_bin, "--port", "0", "--state", state, "--settle", str(settle)] + list(extra),
                             stdout=subprocess.PIPE, text=True)
    url = cloud.stdout.readline().split("url: ", 1)[1].strip()
    token = cloud.stdout.readline().split("token: ", 1)[1].strip()
    return cloud, url, token


def start_roomy_cloud(cloud_bin, state, settle):
    """start_cloud with the tutorial's world, its compute quotas raised so that any number of servers fit (its
    VM limit is 8): seeded, stopped, raised in the state file, started again."""
    cloud, _, _ = start_cloud(cloud_bin, state, settle, "--seed", "tutorial")
    cloud.terminate()
    cloud.wait()
    with sqlite3.connect(state) as db:
        db.execute("UPDATE quotas SET quota_limit = 1000000000000000 WHERE resource LIKE 'cyclades.%'")
    return start_cloud(cloud_bin, state, settle)
