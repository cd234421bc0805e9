import Synchronization

/// The id cache saves of served commands, put off until the command's client has its reply: writing
/// ten thousand ports' ids is then no part of the time a served `port list` takes.
///
/// Nothing reads a stale file for it: a cache of this process reads its file only after the pending
/// saves of that file are written (``IDCache/readAfterPendingSaves(path:reader:)``), and the command server
/// writes them before it counts the command as done, so before it exits when idle. A save writes only
/// the kinds its command changed over the file as it then is (``IDCache/saveChangedKinds()``), so two
/// commands served at once keep each other's kinds. Each write is to a temporary file renamed over the
/// old one: a crash leaves the old file or the new one whole.
extension IDCache {
    /// The caches with a save put off, in the order they first asked.
    private static let pending = Mutex<[IDCache]>([])
    /// Held while saves are written, so that those of this process do not interleave; a command that puts
    /// off its save meanwhile does not wait for them (only the pending list's lock, briefly).
    private static let writing = Mutex<Void>(())

    static func `defer`(_ cache: IDCache) {
        pending.withLock { caches in
            if !caches.contains(where: { $0 === cache }) { caches.append(cache) }
        }
    }

    /// Writes the saves put off so far (see ``IDCache``). A command server calls it once a served
    /// command's client has its reply.
    public static func savePending() {
        writing.withLock { _ in
            let caches = pending.withLock { caches in
                defer { caches.removeAll() }
                return caches
            }
            for cache in caches { cache.saveChangedKinds() }
        }
    }

    /// The sections of the file at `path`, once the saves put off for it by caches but `reader` are
    /// written (the reader's own changes are in its memory, and stay pending), and those being written.
    static func readAfterPendingSaves(path: String, reader: IDCache) -> [IDKind: IDCacheFile.Section] {
        writing.withLock { _ in
            let caches = pending.withLock { caches in
                let taken = caches.filter { $0 !== reader && $0.path == path }
                caches.removeAll { cache in taken.contains { $0 === cache } }
                return taken
            }
            for cache in caches { cache.saveChangedKinds() }
        }
        return IDCacheFile.read(path: path)
    }
}
