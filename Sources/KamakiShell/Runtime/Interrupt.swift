import Foundation
import Synchronization

/// Ctrl-C as a counter: the SIGINT handler only bumps it (async-signal-safe), and the main
/// thread reads and drains it — at the prompt (libedit's read fails with EINTR because the
/// handler is installed without SA_RESTART), while a command runs (its task is cancelled),
/// and while a completion waits on the network.
enum Interrupt {
    static let pending = Atomic<Int>(0)

    /// Installs the SIGINT handler; call once, on the main thread, before reading lines.
    static func install() {
        // Touch the lazily initialised static before the handler can run.
        _ = pending.load(ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            _ = Interrupt.pending.add(1, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: read() must fail with EINTR
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked; this (main) thread must receive it.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// Whether Ctrl-C was pressed since the last call; drains the counter.
    static func take() -> Bool {
        pending.exchange(0, ordering: .relaxed) > 0
    }

    /// Whether Ctrl-C was pressed, without draining.
    static var isPending: Bool {
        pending.load(ordering: .relaxed) > 0
    }
}
